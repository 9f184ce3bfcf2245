package fr.gouv.travail.dosiportail.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

/** The page session: cookie flags, idle timeout, and a new session id after login (no session fixation). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionSecurityTest {

    @LocalServerPort
    int port;
    @Autowired
    Environment environment;

    private URI app(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> first = new Browser().get(app("/moi"));

        List<String> setCookies = first.headers().allValues("Set-Cookie");
        assertThat(setCookies).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement()
                .satisfies(c -> assertThat(c).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
    }

    @Test
    void theSessionEndsAfterThirtyMinutesIdleAndIsSecureInProduction() {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application-production.yml"));
        Properties production = yaml.getObject();
        assertThat(production.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
    }

    @Test
    void loginGivesANewSessionIdAndTheOldOneIsWorthNothing() {
        Browser browser = new Browser();
        browser.get(app("/moi"));
        String before = browser.cookie("JSESSIONID").orElseThrow();

        HttpResponse<String> start = browser.get(app("/oauth2/authorization/proconnect"));
        HttpResponse<String> form = browser.follow(start);
        HttpResponse<String> page = browser.follow(browser.post(form.uri().resolve("/login"),
                Map.of("username", "employeur", "password", "demo", "_csrf", Browser.csrf(form))));

        assertThat(page.uri().getPath()).isEqualTo("/moi");
        assertThat(page.statusCode()).isEqualTo(200);
        String after = browser.cookie("JSESSIONID").orElseThrow();
        assertThat(after).isNotEqualTo(before);
        Browser attacker = new Browser();
        attacker.setCookie(app("/"), "JSESSIONID", before);
        assertThat(attacker.get(app("/moi")).statusCode()).as("the pre-login id is not logged in").isEqualTo(302);
    }
}
