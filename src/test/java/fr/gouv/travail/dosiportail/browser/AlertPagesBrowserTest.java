package fr.gouv.travail.dosiportail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.registry.DesignationDeclaration;
import fr.gouv.travail.dosiportail.registry.DesignationRole;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.surveillance.alert.AlertScenario;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The inbox of the DGT (demo account {@code dgt}): unread count on "Mon espace", list, filter, detail. Then the demo
 * MDT ({@code mdt}, RPPS 10000000017) starts the analysis of a real alert and concludes « dose maintenue ». The DGT
 * runs first: the MDT's real alert also reaches the DGT's inbox and would change its unread count.
 */
@TestPropertySource(properties = "dosiportail.notifications.sender-enabled=false")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlertPagesBrowserTest extends BrowserTest {

    private static final String DEMO_MDT_RPPS = "10000000017";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistryDeclarations declarations;
    @Autowired
    WebApplicationContext context;

    private UUID notification(String kind, String recipientKind, String key, String title, String payload) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into surveillance.notification (id, subject_kind, subject_id, recipient_kind, recipient_key,
                       worker_id, title_fr, title_en, payload, created_at)
                values (?, ?, ?, ?, ?, null, ?, ?, cast(? as jsonb), now())""")
                .params(id, kind, UUID.randomUUID(), recipientKind, key, title, "EN " + title, payload).update();
        return id;
    }

    private void logInAsDgt() {
        logIn("dgt");
    }

    private void logIn(String user) {
        open("/");
        browser().manage().deleteAllCookies(); // the IdP's session cookie too: cookies ignore ports
        logInThroughProConnect(user);
    }

    private void checkCurrentPage(String heading) {
        assertNoContentSecurityPolicyViolation();
        assertThat(browser().findElement(By.tagName("h1")).getText()).contains(heading);
        assertThat(browser().getPageSource()).doesNotContain("??", "Whitelabel");
        assertNoSeriousAccessibilityViolations();
        assertNoHorizontalScrollAt(320);
    }

    @Test
    @Order(1)
    void theMinistryFindsItsAnonymousAlertsFiltersThemAndReadsOne() {
        UUID alert = notification("LIMIT_ALERT", "MINISTRY", "DGT", "Dépassement de la limite de dose efficace",
                "{\"employerName\": \"Centre de radiologie\", \"location\": \"Lyon (69)\", \"doseMsv\": 21.4,"
                        + " \"codeInconnu\": \"x\"}");
        notification("SIGNIFICANT_EVENT", "MINISTRY", "DGT", "Événement significatif", "{\"location\": \"Brest (29)\"}");
        notification("LIMIT_ALERT", "DEFENCE_INSPECTORATE", "DSND", "Alerte défense", "{\"location\": \"Toulon (83)\"}");
        logInAsDgt();
        clearConsole();

        open("/espace");
        assertThat(browser().findElement(By.id("lien-alertes")).getText()).containsIgnoringCase("2 non lues");
        click(By.id("lien-alertes"));
        checkCurrentPage("Mes alertes et notifications");
        assertThat(browser().findElement(By.id("non-lues")).getText()).isEqualToIgnoringCase("2 non lues");
        assertThat(browser().findElement(By.id("notifications")).getText())
                .contains("Dépassement de la limite de dose efficace", "Événement significatif")
                .doesNotContain("Alerte défense");

        new org.openqa.selenium.support.ui.Select(browser().findElement(By.id("filtre-nature")))
                .selectByValue("SIGNIFICANT_EVENT");
        click(By.cssSelector("#filtres button[type=submit]"));
        new WebDriverWait(browser(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("kind=SIGNIFICANT_EVENT"));
        assertThat(browser().findElement(By.id("notifications")).getText()).contains("Événement significatif")
                .doesNotContain("Dépassement");
        checkCurrentPage("Mes alertes et notifications");

        open("/alertes/" + alert);
        checkCurrentPage("Dépassement de la limite de dose efficace");
        assertThat(browser().findElement(By.id("contenu-notification")).getText())
                .contains("Employeur", "Centre de radiologie", "Localisation", "Lyon (69)", "Dose (mSv)", "21.4",
                        "codeInconnu");

        open("/alertes");
        assertThat(browser().findElement(By.id("non-lues")).getText()).isEqualToIgnoringCase("1 non lue");
        open("/alertes/" + UUID.randomUUID());
        assertThat(browser().getPageSource()).doesNotContain("Dépassement de la limite");
    }

    @Test
    @Order(2)
    void theMdtStartsTheAnalysisThenConcludesDoseMaintainedOnAccessiblePages() throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        var s = new AlertScenario(mvc, jdbc, declarations, "Lemoine", LocalDate.of(1982, 5, 14));
        declarations.declareDesignation(s.site.company.employer, new DesignationDeclaration(s.site.siret,
                DesignationRole.OCCUPATIONAL_PHYSICIAN, "Moreau", "Paul", null, null, DEMO_MDT_RPPS, null,
                LocalDate.of(2020, 1, 1)));
        s.send(s.record("N", "2025-01-01", "2025-01-31", "5"), s.record("N", "2025-02-01", "2025-02-28", "5"),
                s.record("N", "2025-03-01", "2025-03-31", "5"), s.record("N", "2025-04-01", "2025-04-30", "5"),
                s.record("N", "2025-05-01", "2025-05-31", "0.5"));
        UUID alert = jdbc.sql("select id from surveillance.alert where worker_id = ?").param(s.workerId)
                .query(UUID.class).single();
        var n = jdbc.sql("""
                select id, title_fr from surveillance.notification where subject_id = ?
                and recipient_kind = 'OCCUPATIONAL_PHYSICIAN' and recipient_key = ?""").params(alert, DEMO_MDT_RPPS)
                .query((rs, i) -> new Object[]{rs.getObject(1, UUID.class), rs.getString(2)}).single();
        String heading = (String) n[1];
        logIn("mdt");
        clearConsole();

        open("/alertes/" + n[0]);
        checkCurrentPage(heading);
        assertThat(browser().findElement(By.id("etat-alerte")).getText()).isEqualToIgnoringCase("Levée, à analyser");
        assertThat(all("#form-conclusion")).isEmpty();
        browser().findElement(By.id("analysisNote")).sendKeys("Entretien avec la travailleuse prévu");
        click(By.id("commencer-analyse"));
        assertThat(browser().findElement(By.id("etape-enregistree")).getText())
                .isEqualTo("L’analyse de l’alerte est commencée.");
        assertThat(browser().findElement(By.id("etat-alerte")).getText()).isEqualToIgnoringCase("Analyse commencée");
        checkCurrentPage(heading);

        click(By.id("conclure"));
        assertThat(browser().findElement(By.id("resume-erreurs")).getText())
                .contains("Choisissez la conclusion de l’analyse.", "Saisissez la dose retenue en mSv.");
        assertThat(browser().findElement(By.id("retainedDoseMsv-erreur")).getText())
                .isEqualTo("Saisissez la dose retenue en mSv.");
        checkCurrentPage(heading);

        click(By.cssSelector("label[for=outcome-MAINTAINED]"));
        browser().findElement(By.id("retainedDoseMsv")).sendKeys("20,5");
        click(By.id("conclure"));
        assertThat(browser().findElement(By.id("etape-enregistree")).getText())
                .isEqualTo("La conclusion de l’analyse est enregistrée.");
        assertThat(browser().findElement(By.id("etat-alerte")).getText()).isEqualToIgnoringCase("Analyse conclue");
        assertThat(browser().findElement(By.id("etapes-alerte")).getText())
                .contains("Alerte levée", "Analyse commencée", "Entretien avec la travailleuse prévu", "Dose maintenue",
                        "20,5");
        assertThat(all("#form-conclusion, #form-analyse")).isEmpty();
        checkCurrentPage(heading);
        assertThat(jdbc.sql("select status || ' ' || outcome || ' ' || retained_msv::text"
                + " from surveillance.alert_current where id = ?").param(alert).query(String.class).single())
                .isEqualTo("CONCLUDED MAINTAINED 20.500");
    }
}
