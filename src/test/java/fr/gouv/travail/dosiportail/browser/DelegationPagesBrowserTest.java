package fr.gouv.travail.dosiportail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.registry.EstablishmentDeclaration;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.TestIds;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The MDT's delegation pages in a real browser, after a real ProConnect login of the demo MDT (RPPS 10000000017):
 * accessible (axe-core) and usable at 320 px, a wrong grant answered next to its fields, a grant, then a revocation.
 */
class DelegationPagesBrowserTest extends BrowserTest {

    private static final String SIREN = TestIds.siren(4_400_017);
    private static final String SIRET = TestIds.siret(SIREN, 7);
    private static boolean declared;

    @Autowired
    RegistryDeclarations declarations;

    @BeforeEach
    void anEstablishmentDesignatesTheDemoPhysician() {
        if (declared) {
            return;
        }
        establishmentFollowedByTheDemoPhysician(declarations, "delegation-browser", SIREN, new EstablishmentDeclaration(
                SIRET, "Centre de radiologie", "Site de Bordeaux", "3 quai des Chartrons", "33000", "Bordeaux", "33063",
                "86.22A", "MED", false, "Lambert", "Anne", null));
        declared = true;
    }

    private void logInAsDemoPhysician() {
        open("/medecin/delegations");
        if (browser().getCurrentUrl().contains("/medecin/delegations")) {
            return;
        }
        logInThroughProConnect("mdt");
        open("/espace");
        click(By.cssSelector("#actions-espace a[href='/medecin/delegations']"));
        assertThat(browser().getCurrentUrl()).endsWith("/medecin/delegations");
    }

    /** Clicks a submit button and waits for the next page (the previous one may carry the same ids). */
    private void submitAndWait(String buttonSelector) {
        WebElement main = browser().findElement(By.id("contenu"));
        click(By.cssSelector(buttonSelector));
        new WebDriverWait(browser(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(main));
    }

    private void checkCurrentPage(String heading) {
        assertNoContentSecurityPolicyViolation();
        assertThat(browser().findElement(By.tagName("h1")).getText()).contains(heading);
        assertThat(browser().getPageSource()).doesNotContain("??", "Whitelabel");
        assertNoSeriousAccessibilityViolations();
        assertNoHorizontalScrollAt(320);
    }

    @Test
    void thePhysicianGrantsThenRevokesADelegationOnAccessiblePages() {
        logInAsDemoPhysician();
        clearConsole();
        open("/medecin/delegations");
        checkCurrentPage("Mes délégations");
        assertThat(browser().getPageSource()).contains("SIRET " + SIRET);

        // Nothing ticked, no name: the errors are listed and each field says what is wrong.
        submitAndWait("#form-delegation button[type=submit]");
        assertThat(browser().findElement(By.id("resume-erreurs")).getText())
                .contains("Indiquez le nom du délégataire", "Cochez au moins un type de données");
        assertThat(browser().getTitle()).startsWith("Erreur");
        checkCurrentPage("Mes délégations");

        browser().findElement(By.id("delegateName")).sendKeys("Camille Martin");
        browser().findElement(By.id("delegateEmail")).sendKeys("camille.martin@spst.example.fr");
        click(By.cssSelector("label[for='kind-data-EXTERNAL_DOSE']"));
        click(By.cssSelector("label[for='kind-data-EFFECTIVE_DOSE']"));
        click(By.cssSelector("label[for='siret-" + SIRET + "']"));
        submitAndWait("#form-delegation button[type=submit]");
        String errors = all("#resume-erreurs").stream().map(WebElement::getText).reduce("", String::concat);
        assertThat(errors).as("errors after a valid grant").isEmpty();
        assertThat(browser().findElement(By.id("delegation-accordee")).getText()).contains("Camille Martin");
        assertThat(browser().findElement(By.id("delegations")).getText())
                .contains("Camille Martin", "Résultats de dosimétrie externe", "Dose efficace", SIRET)
                .containsIgnoringCase("Active");
        checkCurrentPage("Mes délégations");

        WebElement reason = browser().findElement(By.cssSelector("#delegations input[name=reason]"));
        reason.sendKeys("Fin de la mission d’intérim");
        submitAndWait("#delegations button[type=submit]");
        assertThat(browser().findElement(By.id("delegation-revoquee")).isDisplayed()).isTrue();
        assertThat(browser().findElement(By.id("delegations")).getText()).containsIgnoringCase("Révoquée").contains("Fin de la mission");
        assertThat(all("#delegations input[name=reason]")).isEmpty();
        checkCurrentPage("Mes délégations");
    }
}
