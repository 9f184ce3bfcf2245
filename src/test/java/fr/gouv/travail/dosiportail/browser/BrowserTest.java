package fr.gouv.travail.dosiportail.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/**
 * Base class of the browser tests: the application on a random port, and one headless Chromium per test class.
 * Chromium and chromedriver are Debian packages ({@code apt-get install chromium chromium-driver}); their paths can be
 * changed with the system properties {@code dosiportail.chromium} and {@code dosiportail.chromedriver}. A missing
 * browser fails the tests: skipping them would hide accessibility regressions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

    private static final String CHROMIUM = System.getProperty("dosiportail.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("dosiportail.chromedriver", "/usr/bin/chromedriver");
    private static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");

    private static ChromeDriver browser;
    private static Path profile;
    private static String axeSource;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        for (String binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(binary))) {
                fail(binary + " is missing: browser tests need Chromium and its driver "
                        + "(apt-get install chromium chromium-driver)");
            }
        }
        profile = Files.createTempDirectory("dosiportail-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL); // CSP violations are reported on the console
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        axeSource = readAxe();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile);
        }
    }

    protected ChromeDriver browser() {
        return browser;
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Loads a page of the application (path with its query string) and waits for it. */
    protected void open(String path) {
        browser.get(url(path));
    }

    /**
     * Finds and clicks an element, finding it again when the page was still settling (DSFR scripts enhance the page
     * on load, which can detach the element between the find and the click).
     */
    protected void click(org.openqa.selenium.By by) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement element = browser().findElement(by);
                boolean navigates = navigates(element);
                WebElement page = browser().findElement(By.tagName("html"));
                element.click();
                if (navigates) { // a submit to the same address shows the same heading: wait for the new document
                    new org.openqa.selenium.support.ui.WebDriverWait(browser(), java.time.Duration.ofSeconds(20))
                            .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
                }
                return;
            } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.TimeoutException e) {
                throw e;
            } catch (org.openqa.selenium.WebDriverException e) { // stale or detached element
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** A link to another document or a submit button: clicking it replaces the page. */
    private static boolean navigates(WebElement element) {
        String tag = element.getTagName();
        if ("a".equals(tag)) {
            String href = element.getDomAttribute("href");
            return href != null && !href.startsWith("#") && element.getDomAttribute("download") == null
                    && element.getDomAttribute("target") == null;
        }
        return ("button".equals(tag) || "input".equals(tag)) && "submit".equals(element.getDomProperty("type"));
    }

    /**
     * A real login of a demo account (password {@code demo}) through the local identity provider: FranceConnect for
     * a worker, ProConnect for a professional; returns once back on the portal.
     */
    protected void logIn(String username, boolean franceConnect) {
        open("/connexion");
        click(org.openqa.selenium.By.cssSelector(franceConnect ? "a.fr-connect:not(.fr-connect--pro)" : "a.fr-connect--pro"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser(), java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                        org.openqa.selenium.By.id("username"))).sendKeys(username);
        browser().findElement(org.openqa.selenium.By.id("password")).sendKeys("demo");
        click(org.openqa.selenium.By.cssSelector("button[type=submit]"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser(), java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().startsWith(url("/")));
    }

    /** The demo MDT's RPPS (account {@code mdt}). */
    protected static final String DEMO_PHYSICIAN_RPPS = "10000000017";

    /**
     * Declares an establishment of company {@code siren} and designates the demo MDT for it since 2024; returns the
     * employer who declared it, to declare workers there.
     */
    protected static fr.gouv.travail.dosiportail.identity.Actor establishmentFollowedByTheDemoPhysician(
            fr.gouv.travail.dosiportail.registry.RegistryDeclarations declarations, String subject, String siren,
            fr.gouv.travail.dosiportail.registry.EstablishmentDeclaration establishment) {
        var employer = new fr.gouv.travail.dosiportail.identity.Actor(
                fr.gouv.travail.dosiportail.identity.ActorKind.EMPLOYER, subject, "Employeur",
                java.util.Optional.of(new fr.gouv.travail.dosiportail.core.Siren(siren)), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty());
        declarations.declareEstablishment(employer, establishment);
        declarations.declareDesignation(employer, new fr.gouv.travail.dosiportail.registry.DesignationDeclaration(
                establishment.siret(), fr.gouv.travail.dosiportail.registry.DesignationRole.OCCUPATIONAL_PHYSICIAN,
                "Moreau", "Paul", null, null, DEMO_PHYSICIAN_RPPS, null, java.time.LocalDate.of(2024, 1, 1)));
        return employer;
    }

    protected void logInThroughProConnect(String username) {
        logIn(username, false);
    }

    protected Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    protected String htmlLang() {
        return browser.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    protected List<WebElement> all(String cssSelector) {
        return browser.findElements(By.cssSelector(cssSelector));
    }

    /**
     * Fails when the browser's console reports a Content-Security-Policy violation since the last call (reading the
     * console empties it). Call it after loading a page and before injecting axe-core.
     */
    protected void assertNoContentSecurityPolicyViolation() {
        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
        assertThat(violations).as("CSP violations on " + browser.getCurrentUrl()).isEmpty();
    }

    /** Empties the browser's console. */
    protected void clearConsole() {
        browser.manage().logs().get(LogType.BROWSER);
    }

    /** Runs axe-core on the current page and fails with every serious or critical violation. */
    @SuppressWarnings("unchecked")
    protected void assertNoSeriousAccessibilityViolations() {
        script(axeSource);
        Object result = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact || 'unknown', help: v.help,
                        targets: v.nodes.map(n => n.target.join(' ')) }))))
                  .catch(e => done('axe failed: ' + e));
                """);
        if (result instanceof String error) {
            fail(error);
        }
        List<Map<String, Object>> blocking = ((List<Map<String, Object>>) result).stream()
                .filter(v -> BLOCKING_IMPACTS.contains(v.get("impact"))).toList();
        if (!blocking.isEmpty()) {
            fail("Accessibility violations on " + browser.getCurrentUrl() + ":\n" + blocking.stream()
                    .map(v -> "- " + v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + "\n    "
                            + String.join("\n    ", (List<String>) v.get("targets")))
                    .collect(Collectors.joining("\n")));
        }
    }

    /**
     * Reloads the current page in a viewport of the given width (800 px high) and fails when it scrolls sideways
     * (RGAA 10.11, WCAG 1.4.10 reflow). The viewport is emulated: desktop Chromium windows have a minimum width.
     */
    protected void assertNoHorizontalScrollAt(int widthPx) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", widthPx, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        try {
            browser.navigate().refresh();
            assertThat(((Number) script("return document.documentElement.clientWidth")).intValue())
                    .as("viewport width").isLessThanOrEqualTo(widthPx);
            long scrollWidth = ((Number) script("return document.documentElement.scrollWidth")).longValue();
            long clientWidth = ((Number) script("return document.documentElement.clientWidth")).longValue();
            if (scrollWidth > clientWidth) {
                fail(browser.getCurrentUrl() + " scrolls sideways at " + widthPx + " px: content is " + scrollWidth
                        + " px wide. Widest elements: " + script("""
                        return [...document.querySelectorAll('body *')]
                          .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)
                          .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.')).join(', ');
                        """));
            }
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static String readAxe() throws IOException {
        try (InputStream in = BrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                fail("/axe/axe.min.js is not on the test classpath: the Maven build copies it from the npm package "
                        + "axe-core (run ./mvnw without -Dnpm.skip once)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
