package fr.gouv.travail.dosiportail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The public pages in a real browser: accessible (axe-core), usable at 320 px, in French and in English. */
class PublicPagesBrowserTest extends BrowserTest {

    static Stream<Arguments> pagesInEachLanguage() {
        List<String> pages = List.of("/", "/connexion", "/public/mentions-legales", "/public/accessibilite",
                "/public/donnees-personnelles", "/public/plan-du-site", "/public/page-inexistante");
        return Stream.of("fr", "en").flatMap(lang -> pages.stream().map(page -> Arguments.of(page, lang)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("pagesInEachLanguage")
    void isAccessibleReflowsAt320PixelsAndSpeaksTheChosenLanguage(String page, String lang) {
        open(page + "?lang=" + lang);

        assertThat(htmlLang()).isEqualTo(lang);
        assertThat(browser().getTitle()).endsWith("Dosiportail");
        assertSkipLinksLeadSomewhere();
        assertNoSeriousAccessibilityViolations();
        assertNoHorizontalScrollAt(320);
    }

    @Test
    void theHomePageAndItsMenusWorkUnderTheContentSecurityPolicy() {
        clearConsole();
        open("/?lang=fr");
        click(By.cssSelector(".fr-header__tools .fr-translate__btn"));
        new WebDriverWait(browser(), java.time.Duration.ofSeconds(5)).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector(".fr-header__tools a[hreflang='en']")));
        assertThat(script("return document.documentElement.getAttribute('data-fr-js')")).as("DSFR's script ran")
                .isEqualTo("true");
        assertNoContentSecurityPolicyViolation();
    }

    @Test
    void theSwaggerUiWorksUnderItsOwnPolicyWhichOnlyAddsInlineStyles() {
        clearConsole();
        open("/swagger-ui/index.html");
        WebElement title = new WebDriverWait(browser(), java.time.Duration.ofSeconds(10)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
        assertThat(title.getText()).isNotBlank();
        assertThat(all(".opblock")).as("operations listed").isNotEmpty();
        assertNoContentSecurityPolicyViolation();
    }

    @Test
    void showsTheErrorPatternForAnUnknownPage() {
        open("/public/page-inexistante?lang=fr");
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Page non trouvée");
        assertThat(browser().getPageSource()).doesNotContain("Exception", "Whitelabel");
    }

    @Test
    void switchesLanguageFromTheHeaderAndKeepsIt() {
        browser().manage().deleteAllCookies();
        open("/public/plan-du-site");
        assertThat(htmlLang()).isEqualTo("fr");

        click(By.cssSelector(".fr-header__tools .fr-translate__btn"));
        WebElement english = new WebDriverWait(browser(), java.time.Duration.ofSeconds(5)).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector(".fr-header__tools a[hreflang='en']")));
        english.click();
        new WebDriverWait(browser(), java.time.Duration.ofSeconds(5))
                .until(d -> "en".equals(htmlLang()));
        assertThat(browser().getCurrentUrl()).endsWith("/public/plan-du-site?lang=en");
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Site map");

        open("/connexion");
        assertThat(htmlLang()).as("language kept in a cookie").isEqualTo("en");
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Log in to Dosiportail");

        open("/connexion?lang=fr");
        assertThat(htmlLang()).isEqualTo("fr");
    }

    private void assertSkipLinksLeadSomewhere() {
        List<WebElement> skipLinks = all(".fr-skiplinks a");
        assertThat(skipLinks).extracting(link -> link.getDomAttribute("href"))
                .containsExactly("#contenu", "#navigation-principale", "#pied-de-page");
        for (WebElement link : skipLinks) {
            String target = link.getDomAttribute("href").substring(1);
            assertThat(all("#" + target)).as("target of skip link " + target).hasSize(1);
        }
        assertThat(all("main#contenu")).hasSize(1);
    }
}
