package fr.gouv.travail.dosiportail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The laboratory's file pages in a real browser, after a real login of the demo lab (accreditation DEMO-LAB-0001):
 * upload, follow the progress by the refresh link (no script), read the report; every page accessible (axe-core)
 * and usable at 320 px.
 */
class LabFilePagesBrowserTest extends BrowserTest {

    private static final String HEADER = "nir;lastName;firstName;siret;originatorKind;originatorId;monitoringKind;"
            + "dosimeterId;periodStart;periodEnd;quantity;valueMsv;resultStatus";

    @TempDir
    Path dir;

    private void logInAsDemoLab() {
        logInThroughProConnect("laboratoire");
    }

    private void checkPage(String expectedHeading) {
        assertNoContentSecurityPolicyViolation();
        assertThat(browser().findElement(By.tagName("h1")).getText()).contains(expectedHeading);
        assertThat(browser().getPageSource()).doesNotContain("??", "Whitelabel");
        assertNoSeriousAccessibilityViolations();
        assertNoHorizontalScrollAt(320);
    }

    @Test
    void aLabSendsAFileFollowsItsProgressAndReadsItsReport() throws Exception {
        logInAsDemoLab();
        clearConsole();
        open("/espace");
        click(By.cssSelector("#actions-espace a[href='/laboratoire/fichiers']"));
        checkPage("Fichiers de résultats");

        click(By.cssSelector("a[href='/laboratoire/fichiers/nouveau']"));
        checkPage("Déposer un fichier de résultats");
        click(By.cssSelector("#depot button[type=submit]"));
        assertThat(all("#erreurs")).as(browser().getCurrentUrl() + " " + browser().findElement(By.tagName("h1")).getText()).hasSize(1);
        assertThat(browser().findElement(By.id("erreurs")).getText()).contains("Choisissez un fichier");
        assertThat(browser().getTitle()).startsWith("Erreur");
        checkPage("Déposer un fichier de résultats");

        Path file = dir.resolve("resultats.csv");
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 5; i++) {
            csv.append(String.join(";", "285047505600147", "Lefèvre", "Anne", "73282932000074", "ACCREDITED_BODY",
                    "DEMO-LAB-0001", "EXTERNAL_PASSIVE", "NAV-" + i, "2025-01-01", "2025-01-31", "HP10",
                    i == 2 ? "-1" : "0,1" + i, "RESULT")).append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        browser().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        click(By.cssSelector("#depot button[type=submit]"));
        new WebDriverWait(browser(), Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("recepisse")));
        assertThat(browser().findElement(By.id("recepisse")).getText()).contains("DOS-", "resultats.csv");

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!all("#actualiser").isEmpty()) { // the link is there while the file is processed
            assertThat(System.nanoTime()).as("the file is processed").isLessThan(deadline);
            Thread.sleep(300);
            click(By.id("actualiser")); // the page offers a link, not a script
        }
        checkPage("Fichier DOS-");
        String report = browser().findElement(By.id("rapport")).getText();
        assertThat(report).contains("NEGATIVE_DOSE", "La dose ne peut pas être négative", "UNKNOWN_NIR");
        assertThat(browser().findElement(By.id("avancement")).getText()).containsIgnoringCase("terminé")
                .contains("5 sur 5", "1 ligne(s) rejetée(s)");
        assertThat(all("a[href$='/rapport.csv']")).hasSize(1);

        open("/laboratoire/fichiers");
        assertThat(browser().findElement(By.cssSelector("table")).getText()).containsIgnoringCase("terminé").contains("resultats.csv");
        open("/laboratoire/fichiers?lang=en");
        checkPage("Result files");
        open("/laboratoire/fichiers?lang=fr");
    }
}
