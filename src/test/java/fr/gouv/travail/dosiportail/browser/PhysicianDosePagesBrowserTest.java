package fr.gouv.travail.dosiportail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.core.Sex;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.registry.Classification;
import fr.gouv.travail.dosiportail.registry.ContractType;
import fr.gouv.travail.dosiportail.registry.EmploymentDeclaration;
import fr.gouv.travail.dosiportail.registry.EstablishmentDeclaration;
import fr.gouv.travail.dosiportail.registry.ExposureProfileDeclaration;
import fr.gouv.travail.dosiportail.registry.MonitoringType;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.TestIds;
import fr.gouv.travail.dosiportail.registry.WorkerDeclaration;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The MDT's dose pages in a real browser, after a real ProConnect login of the demo MDT (RPPS 10000000017): an empty
 * entry answered in the error summary and beside each field, a committed E(50) entered with a decimal comma, its
 * receipt, then its cancellation with a reason; every page accessible (axe-core), usable at 320 px, CSP-clean.
 */
class PhysicianDosePagesBrowserTest extends BrowserTest {

    private static final String SIREN = TestIds.siren(4_400_065);
    private static final String SIRET = TestIds.siret(SIREN, 3);
    private static boolean declared;

    @Autowired
    RegistryDeclarations declarations;

    @BeforeEach
    void aWorkerTheDemoPhysicianFollows() {
        if (declared) {
            return;
        }
        Actor employer = establishmentFollowedByTheDemoPhysician(declarations, "mdt-doses-browser", SIREN,
                new EstablishmentDeclaration(SIRET, "Centre de médecine nucléaire", "Site de Nantes", "2 quai de la Fosse",
                        "44000", "Nantes", "44109", "86.22A", "MED", false, "Lambert", "Anne", null));
        String nir = TestIds.nir(Sex.F, 1988, 6, TestIds.next());
        declarations.declareWorker(employer, new WorkerDeclaration(SIRET, nir, "Lefèvre", null, "Camille", Sex.F,
                LocalDate.of(1988, 6, 3), "75056"));
        UUID employment = declarations.declareEmployment(employer, new EmploymentDeclaration(nir, SIRET,
                ContractType.CDI, new BigDecimal("100"), LocalDate.of(2024, 1, 1), null)).subjectId();
        declarations.declareExposureProfile(employer, new ExposureProfileDeclaration(employment,
                LocalDate.of(2024, 1, 1), Classification.A, null, false, false, "MED_CARDIO_INTERV", "CARDIO_INTERV",
                Set.of(MonitoringType.EXTERNAL_WHOLE_BODY)));
        declared = true;
    }

    private void logInAsDemoPhysician() {
        open("/medecin/doses/saisie");
        if (browser().getCurrentUrl().contains("/medecin/doses/saisie")) {
            return;
        }
        logInThroughProConnect("mdt");
        open("/espace");
        assertThat(all("#actions-espace a[href='/medecin/delegations']")).hasSize(1);
        click(By.cssSelector("#actions-espace a[href='/medecin/doses/saisie']"));
        assertThat(browser().getCurrentUrl()).endsWith("/medecin/doses/saisie");
    }

    /** Clicks a submit button (or link) and waits for the next page (the previous one may carry the same ids). */
    private void clickAndWait(String selector) {
        WebElement main = browser().findElement(By.id("contenu"));
        click(By.cssSelector(selector));
        new WebDriverWait(browser(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(main));
    }

    private void checkCurrentPage(String heading) {
        assertNoContentSecurityPolicyViolation();
        assertThat(browser().findElement(By.tagName("h1")).getText()).contains(heading);
        assertThat(browser().getPageSource()).doesNotContain("??", "Whitelabel");
        assertNoSeriousAccessibilityViolations();
        assertNoHorizontalScrollAt(320);
    }

    /** Date inputs take keys in the browser's locale format: the value is set as the form sends it. */
    private void setDate(String id, String isoDate) {
        script("arguments[0].value = arguments[1];", browser().findElement(By.id(id)), isoDate);
    }

    @Test
    void thePhysicianEntersACommittedDoseThenCancelsItOnAccessiblePages() {
        logInAsDemoPhysician();
        clearConsole();
        open("/medecin/doses/saisie");
        checkCurrentPage("Saisir une dose");
        assertThat(browser().findElement(By.id("dosimeterId")).getAttribute("value")).startsWith("MDT-");
        assertThat(browser().findElement(By.id("worker")).getText()).contains("Lefèvre Camille");

        // Nothing chosen: the summary lists the errors and each field says what is wrong.
        clickAndWait("#form-saisie button[type=submit]");
        assertThat(browser().getTitle()).startsWith("Erreur");
        assertThat(browser().findElement(By.id("resume-erreurs")).getText())
                .contains("Choisissez un travailleur que vous suivez", "Indiquez la dose en mSv");
        assertThat(browser().findElement(By.id("worker-erreur")).getText()).contains("Choisissez un travailleur");
        assertThat(browser().findElement(By.id("valueMsv-erreur")).getText()).contains("Indiquez la dose");
        assertThat(browser().findElement(By.id("periodStart-erreur")).isDisplayed()).isTrue();
        checkCurrentPage("Saisir une dose");

        new Select(browser().findElement(By.id("worker"))).selectByIndex(1);
        click(By.cssSelector("label[for='kind-INTERNAL_COMMITTED_BY_MDT']"));
        new Select(browser().findElement(By.id("quantity"))).selectByValue("E50");
        setDate("periodStart", "2025-01-01");
        setDate("periodEnd", "2025-01-31");
        browser().findElement(By.id("valueMsv")).sendKeys("0,25");
        browser().findElement(By.id("sourceNote")).sendKeys("Analyse radiotoxicologique urinaire n° 2025-17");
        clickAndWait("#form-saisie button[type=submit]");
        assertThat(all("#resume-erreurs")).as("errors after a valid entry").isEmpty();
        assertThat(browser().findElement(By.id("recepisse")).getText()).matches("Dose enregistrée\\. Récépissé n° DOS-.+");
        checkCurrentPage("Récépissé");

        clickAndWait("#lien-correction");
        assertThat(browser().getCurrentUrl()).endsWith("/correction");
        assertThat(browser().findElement(By.id("valueMsv")).getAttribute("value")).startsWith("0,25");
        assertThat(browser().findElement(By.id("sourceNote")).getAttribute("value")).contains("n° 2025-17");
        checkCurrentPage("Corriger ou annuler");

        browser().findElement(By.id("reason")).sendKeys("Analyse attribuée à tort à cette salariée");
        clickAndWait("#form-correction button[value=cancel]");
        assertThat(browser().findElement(By.id("recepisse")).getText())
                .matches("Annulation enregistrée \\(version 2\\)\\. Récépissé n° DOS-.+");
        checkCurrentPage("Récépissé");
    }
}
