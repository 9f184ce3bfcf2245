package fr.gouv.travail.dosiportail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.core.Siren;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.registry.Classification;
import fr.gouv.travail.dosiportail.registry.ContractType;
import fr.gouv.travail.dosiportail.registry.DesignationDeclaration;
import fr.gouv.travail.dosiportail.registry.DesignationRole;
import fr.gouv.travail.dosiportail.registry.EmploymentDeclaration;
import fr.gouv.travail.dosiportail.registry.EstablishmentDeclaration;
import fr.gouv.travail.dosiportail.registry.ExposureProfileDeclaration;
import fr.gouv.travail.dosiportail.registry.MonitoringType;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.core.Sex;
import fr.gouv.travail.dosiportail.registry.TestIds;
import fr.gouv.travail.dosiportail.registry.WorkerDeclaration;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The employer's pages in a real browser, after a real login of the demo employer (SIREN 123456782) through the
 * local identity provider: every page accessible (axe-core) and usable at 320 px, and the worker form used as an HR
 * clerk would, once wrong and once right.
 */
class EmployerPagesBrowserTest extends BrowserTest {

    private static final String DEMO_SIREN = "123456782";
    private static final String SIRET = TestIds.siret(DEMO_SIREN, 11);
    private static final Actor OPERATOR = new Actor(ActorKind.OPERATOR, "browser-test-operator", "Opérateur",
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    @Autowired
    RegistryDeclarations declarations;
    @Autowired
    JdbcClient jdbc;

    private static UUID establishmentId;
    private static UUID workerId;
    private static UUID employmentId;
    private static UUID designationId;
    private static String receiptNumber;

    /** The demo company's référentiel: one establishment, a physician, 21 workers (pagination), one discrepancy. */
    @BeforeEach
    void demoCompany() {
        if (establishmentId != null) {
            return;
        }
        receiptNumber = declarations.declareEstablishment(OPERATOR, new EstablishmentDeclaration(SIRET,
                "Centre hospitalier de démonstration", "Site principal", "1 rue de la Santé", "75014", "Paris", "75114",
                "86.10Z", "MED", false, "Martin", "Claire", "direction@example.fr")).number();
        establishmentId = jdbc.sql("select id from registry.establishment where siret = ?").param(SIRET).query(UUID.class).single();
        designationId = declarations.declareDesignation(OPERATOR, new DesignationDeclaration(SIRET,
                DesignationRole.OCCUPATIONAL_PHYSICIAN, "Durand", "Paul", null, null, "10000000017", null,
                LocalDate.of(2024, 1, 1))).subjectId();
        for (int i = 0; i < 21; i++) {
            String nir = TestIds.nir(Sex.M, 1980, 6, 500 + i);
            workerId = declarations.declareWorker(OPERATOR, new WorkerDeclaration(SIRET, nir, "Bernard" + (char) ('a' + i),
                    null, "Luc", Sex.M, LocalDate.of(1980, 6, 1), "75056")).subjectId();
            employmentId = declarations.declareEmployment(OPERATOR, new EmploymentDeclaration(nir, SIRET, ContractType.CDI,
                    new BigDecimal("100"), LocalDate.of(2024, 1, 1), null)).subjectId();
            declarations.declareExposureProfile(OPERATOR, new ExposureProfileDeclaration(employmentId,
                    LocalDate.of(2024, 1, 1), i % 2 == 0 ? Classification.A : Classification.B, null, false, false,
                    "MED_CARDIO_INTERV", "CARDIO_INTERV", Set.of(MonitoringType.EXTERNAL_WHOLE_BODY)));
        }
        // The same person declared elsewhere first under another name: the demo company sees a discrepancy.
        String shared = TestIds.nir(Sex.F, 1990, 2, 777);
        String otherSiret = TestIds.siret(TestIds.siren(8_800_001), 1);
        Actor other = new Actor(ActorKind.EMPLOYER, "other", "Autre", Optional.of(new Siren(otherSiret.substring(0, 9))),
                Optional.empty(), Optional.empty(), Optional.empty());
        declarations.declareEstablishment(other, new EstablishmentDeclaration(otherSiret, "Cabinet dentaire", "Cabinet",
                "2 rue Haute", "69001", "Lyon", "69381", "86.23Z", "DENT", false, "Petit", "Marc", null));
        declarations.declareWorker(other, new WorkerDeclaration(otherSiret, shared, "Moreau", null, "Julie", Sex.F,
                LocalDate.of(1990, 2, 3), "75056"));
        declarations.declareWorker(OPERATOR, new WorkerDeclaration(SIRET, shared, "Moreaux", null, "Julie", Sex.F,
                LocalDate.of(1990, 2, 3), "75056"));
    }

    /** Logs the demo employer in as a person would: the ProConnect button, then the provider's form. */
    private void logInAsDemoEmployer() {
        open("/espace");
        if (browser().getCurrentUrl().contains("/espace")) {
            return;
        }
        logInThroughProConnect("employeur");
        open("/espace");
        assertThat(browser().getCurrentUrl()).endsWith("/espace");
    }

    private void checkPage(String path, String expectedHeading) {
        clearConsole();
        open(path);
        assertNoContentSecurityPolicyViolation();
        assertThat(browser().findElement(By.tagName("h1")).getText()).as(path).contains(expectedHeading);
        assertThat(browser().getPageSource()).as(path).doesNotContain("??", "Whitelabel");
        assertNoSeriousAccessibilityViolations();
        assertNoHorizontalScrollAt(320);
    }

    @Test
    void everyEmployerPageIsAccessibleAndReflowsAt320Pixels() {
        logInAsDemoEmployer();
        click(By.cssSelector("#actions-espace a[href='/employeur']"));
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Mon établissement");

        checkPage("/employeur", "Mon établissement");
        assertThat(browser().getPageSource()).contains("Site principal", "11 classé(s) en catégorie A");
        checkPage("/employeur/etablissements", "Établissements");
        checkPage("/employeur/etablissements/" + establishmentId, "Site principal");
        checkPage("/employeur/etablissements/nouveau", "Déclarer un établissement");
        checkPage("/employeur/etablissements/" + establishmentId + "/designations/nouvelle", "Désigner");
        checkPage("/employeur/designations/" + designationId + "/fin", "Mettre fin");
        checkPage("/employeur/travailleurs", "Travailleurs");
        assertThat(all(".fr-pagination__link")).isNotEmpty();
        checkPage("/employeur/travailleurs?page=2&classification=A", "Travailleurs");
        checkPage("/employeur/travailleurs/" + workerId, "Bernard");
        checkPage("/employeur/travailleurs/nouveau", "Déclarer un travailleur");
        checkPage("/employeur/emplois/" + employmentId + "/fin", "Fin de l’emploi");
        checkPage("/employeur/emplois/" + employmentId + "/profils/nouveau", "Nouveau classement");
        checkPage("/employeur/recepisses", "Récépissés");
        checkPage("/employeur/recepisses/" + receiptNumber, receiptNumber);
        checkPage("/employeur/rapprochements", "Rapprochements");
        assertThat(browser().getPageSource()).contains("Moreaux");
        checkPage("/employeur?lang=en", "My establishment");
        open("/employeur?lang=fr");
    }

    @Test
    void anHrClerkDeclaresAWorkerFirstWithAMistakeThenCorrectly() {
        logInAsDemoEmployer();
        open("/employeur/travailleurs/nouveau");
        String nir = TestIds.nir(Sex.F, 1988, 9, 321);
        String wrongKey = nir.substring(0, 13) + (nir.endsWith("01") ? "02" : "01");

        new Select(browser().findElement(By.id("siret"))).selectByValue(SIRET);
        type("nir", wrongKey);
        type("birthName", "Lefèvre");
        type("firstNames", "Anne");
        click(By.cssSelector("label[for='sex2']"));
        setDate("birthDate", "1988-09-15");
        type("birthPlaceCode", "75056");
        new Select(browser().findElement(By.id("contractType"))).selectByValue("CDD");
        setDate("startDate", "2024-09-01");
        click(By.cssSelector("label[for='classification2']"));
        new Select(browser().findElement(By.id("sectorCode"))).selectByValue("MED_RADIO_CONV");
        new Select(browser().findElement(By.id("occupationCode"))).selectByValue("MERM");
        click(By.cssSelector("label[for='monitoringTypes1']"));
        submit();

        WebElement summary = browser().findElement(By.id("erreurs"));
        assertThat(summary.getText()).contains("Le formulaire contient des erreurs", "NIR");
        assertThat(browser().getTitle()).startsWith("Erreur");
        assertThat(browser().findElement(By.id("birthName")).getDomProperty("value")).isEqualTo("Lefèvre");
        assertNoSeriousAccessibilityViolations();

        summary.findElement(By.cssSelector("a[href='#nir']")).click();
        WebElement nirInput = browser().findElement(By.id("nir"));
        nirInput.clear();
        nirInput.sendKeys(nir.charAt(0) + " " + nir.substring(1, 3) + " " + nir.substring(3, 5) + " " + nir.substring(5, 7)
                + " " + nir.substring(7, 10) + " " + nir.substring(10, 13) + " " + nir.substring(13));
        submit();

        WebElement receipt = new WebDriverWait(browser(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("recepisse")));
        assertThat(receipt.getText()).contains("Déclaration enregistrée", "Travailleur", "Emploi", "Profil d’exposition", "R-");
        assertThat(browser().findElement(By.tagName("h1")).getText()).contains("Lefèvre");
        assertThat(browser().getPageSource()).doesNotContain(nir);
        assertNoSeriousAccessibilityViolations();
        assertThat(jdbc.sql("select count(*) from registry.worker where nir = ?").param(nir).query(Long.class).single())
                .isEqualTo(1);
    }

    private void type(String id, String text) {
        WebElement input = browser().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void setDate(String id, String iso) {
        script("arguments[0].value = arguments[1];", browser().findElement(By.id(id)), iso);
    }

    /** Clicks the form's submit button; finds it again if the page was still settling (DSFR scripts run on load). */
    private void submit() {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement button = browser().findElement(By.cssSelector("main form[method=post] button[type=submit]"));
                script("arguments[0].scrollIntoView({block: 'center'});", button);
                button.click();
                new WebDriverWait(browser(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(button));
                return;
            } catch (org.openqa.selenium.WebDriverException e) { // stale or detached element
                if (attempt == 3 || e instanceof org.openqa.selenium.TimeoutException) {
                    throw e;
                }
            }
        }
    }
}
