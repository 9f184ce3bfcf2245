package fr.gouv.travail.dosiportail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.registry.ContractType;
import fr.gouv.travail.dosiportail.registry.EmploymentDeclaration;
import fr.gouv.travail.dosiportail.registry.EstablishmentDeclaration;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.core.Sex;
import fr.gouv.travail.dosiportail.registry.TestIds;
import fr.gouv.travail.dosiportail.registry.WorkerDeclaration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo worker (Marie Martin, {@code travailleur}/{@code demo}) logs in through the local FranceConnect, follows
 * the link of her space and sees who accessed her data: accessible (axe-core) and usable at 320 px.
 */
class AccessJournalBrowserTest extends BrowserTest {

    /** The NIR of the demo account {@code travailleur} (identity.localidp.DemoAccounts). */
    private static final String DEMO_WORKER_NIR = "285037505612306";
    private static final String SIRET = TestIds.siret("123456782", 12);
    private static final Actor OPERATOR = new Actor(ActorKind.OPERATOR, "browser-journal-operator",
            "Nadia Chevalier", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    @Autowired
    RegistryDeclarations declarations;
    @Autowired
    JdbcClient jdbc;

    private void demoWorkerInTheRegistry() {
        if (jdbc.sql("select count(*) from registry.worker where nir = ?").param(DEMO_WORKER_NIR)
                .query(Long.class).single() > 0) {
            return;
        }
        declarations.declareEstablishment(OPERATOR, new EstablishmentDeclaration(SIRET, "Centre hospitalier de démonstration",
                "Site de radiologie", "3 rue de la Santé", "75014", "Paris", "75114", "86.10Z", "MED", false, "Martin",
                "Claire", "direction@example.fr"));
        declarations.declareWorker(OPERATOR, new WorkerDeclaration(SIRET, DEMO_WORKER_NIR, "Martin", null,
                "Marie Louise", Sex.F, LocalDate.of(1985, 3, 14), "75056"));
        declarations.declareEmployment(OPERATOR, new EmploymentDeclaration(DEMO_WORKER_NIR, SIRET, ContractType.CDI,
                new BigDecimal("100"), LocalDate.of(2024, 1, 1), null));
    }

    private void logInAsDemoWorker() {
        logIn("travailleur", true);
    }

    @Test
    void theDemoWorkerSeesWhoAccessedHerDataOnAnAccessiblePage() {
        demoWorkerInTheRegistry();
        logInAsDemoWorker();
        open("/espace");
        click(By.cssSelector("#actions-espace a[href='/espace/acces']"));

        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Qui a consulté mes données");
        WebElement table = browser().findElement(By.id("journal-acces"));
        assertThat(table.getText()).contains("Nadia Chevalier", "Gestionnaire du registre", "Déclaration au référentiel",
                "Données administratives").containsIgnoringCase("Autorisé");
        assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser().getPageSource()).doesNotContain("??", DEMO_WORKER_NIR);
        assertNoSeriousAccessibilityViolations();
        assertNoHorizontalScrollAt(320);

        // The page just read is itself in the journal, first (newest) on the next visit.
        open("/espace/acces");
        assertThat(browser().findElement(By.cssSelector("#journal-acces tbody tr")).getText())
                .contains("Marie Martin", "Journal des accès");

        open("/espace/acces?lang=en");
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Who accessed my data");
        assertNoSeriousAccessibilityViolations();
        open("/espace/acces?lang=fr");
    }
}
