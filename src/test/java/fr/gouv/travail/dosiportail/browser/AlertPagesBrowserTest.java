package fr.gouv.travail.dosiportail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** The inbox of the DGT (demo account {@code dgt}): unread count on "Mon espace", list, filter, detail. */
@TestPropertySource(properties = "dosiportail.notifications.sender-enabled=false")
class AlertPagesBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

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
        open("/connexion");
        click(By.cssSelector("a.fr-connect--pro"));
        WebElement username = new WebDriverWait(browser(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        username.sendKeys("dgt");
        browser().findElement(By.id("password")).sendKeys("demo");
        click(By.cssSelector("button[type=submit]"));
        new WebDriverWait(browser(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().startsWith(url("/")));
    }

    private void checkCurrentPage(String heading) {
        assertNoContentSecurityPolicyViolation();
        assertThat(browser().findElement(By.tagName("h1")).getText()).contains(heading);
        assertThat(browser().getPageSource()).doesNotContain("??", "Whitelabel");
        assertNoSeriousAccessibilityViolations();
        assertNoHorizontalScrollAt(320);
    }

    @Test
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
}
