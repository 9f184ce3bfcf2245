package fr.gouv.travail.dosiportail.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Full authorization-code + PKCE logins against the local identity provider (on a random port), driven over HTTP
 * as a browser would, through FranceConnect (workers) and ProConnect (professionals).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OidcLoginTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private URI app(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Starts at the portal's authorization link, logs in on the provider's form, returns the portal's answer. */
    private HttpResponse<String> logIn(Browser browser, String registration, String username, String password) {
        HttpResponse<String> start = browser.get(app("/oauth2/authorization/" + registration));
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(Browser.location(start)).contains("code_challenge=").contains("code_challenge_method=S256");
        HttpResponse<String> form = browser.follow(start);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body().replace("&#39;", "'")).contains("Fournisseur d'identité de démonstration — ne pas utiliser en production");
        HttpResponse<String> posted = browser.post(form.uri().resolve("/login"),
                Map.of("username", username, "password", password, "_csrf", Browser.csrf(form)));
        return browser.follow(posted);
    }

    @Test
    void sendsAnAnonymousVisitorOfAProtectedPageToTheLoginPage() {
        HttpResponse<String> response = new Browser().get(app("/moi"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(Browser.location(response)).endsWith("/connexion");
    }

    @Test
    void logsAProfessionalInThroughProConnectAsTheEmployerTheirEmailWasRegisteredFor() {
        Browser browser = new Browser();
        browser.get(app("/moi")); // remembered, to come back after login
        HttpResponse<String> page = logIn(browser, "proconnect", "employeur", "demo");

        assertThat(page.uri().getPath()).isEqualTo("/moi");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("EMPLOYER").contains("Émilie Bernard");
        assertThat(jdbc.sql("select subject from identity.account where email = ?")
                .param("employeur@demo.dosiportail.fr").query(String.class).single()).isEqualTo("employeur");
    }

    @Test
    void logsAWorkerInThroughFranceConnectMatchedByIdentityPivot() {
        Browser browser = new Browser();
        logIn(browser, "franceconnect", "travailleur", "demo");

        HttpResponse<String> page = browser.get(app("/moi"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("WORKER").contains("Marie Martin");
        assertThat(jdbc.sql("select subject from identity.account where nir = '285037505612306'")
                .query(String.class).single()).isEqualTo("travailleur");
    }

    @Test
    void refusesAWorkerAccountThroughProConnect() {
        Browser browser = new Browser();
        HttpResponse<String> end = logIn(browser, "proconnect", "travailleur", "demo");

        assertThat(browser.redirects).anySatisfy(uri -> assertThat(uri.getQuery()).contains("error=access_denied"));
        assertThat(end.uri().getPath()).isEqualTo("/connexion");
        assertThat(end.uri().getQuery()).isEqualTo("error");
        assertThat(Browser.location(browser.get(app("/moi")))).endsWith("/connexion");
    }

    @Test
    void refusesAProfessionalAccountThroughFranceConnect() {
        Browser browser = new Browser();
        HttpResponse<String> end = logIn(browser, "franceconnect", "mdt", "demo");

        assertThat(end.uri().getPath()).isEqualTo("/connexion");
        assertThat(Browser.location(browser.get(app("/moi")))).endsWith("/connexion");
    }

    @Test
    void showsAProfessionalUnknownToThePortalThatTheirAccountIsNotRegistered() {
        Browser browser = new Browser();
        HttpResponse<String> page = logIn(browser, "proconnect", "inconnu", "demo");

        assertThat(page.uri().getPath()).isEqualTo("/compte-inconnu");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Compte non enregistré");
        assertThat(Browser.location(browser.get(app("/moi")))).endsWith("/compte-inconnu");
    }

    @Test
    void refusesAWrongPasswordOnTheIdentityProvider() {
        Browser browser = new Browser();
        HttpResponse<String> page = logIn(browser, "proconnect", "employeur", "not-the-password");

        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(page.uri().getQuery()).isEqualTo("error");
        assertThat(page.body()).contains("Identifiant ou mot de passe incorrect.");
    }

    @Test
    void logsOutWithAPostToDeconnexionBackToTheHomePage() {
        Browser browser = new Browser();
        logIn(browser, "proconnect", "operateur", "demo");
        HttpResponse<String> me = browser.get(app("/moi"));
        assertThat(me.body()).contains("OPERATOR");

        HttpResponse<String> out = browser.post(app("/deconnexion"), Map.of("_csrf", Browser.csrf(me)));

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(URI.create(Browser.location(out)).getPath()).isEqualTo("/");
        assertThat(Browser.location(browser.get(app("/moi")))).endsWith("/connexion");
    }

    @Test
    void refusesALogoutWithoutCsrfToken() {
        Browser browser = new Browser();
        logIn(browser, "proconnect", "operateur", "demo");

        assertThat(browser.post(app("/deconnexion"), Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.get(app("/moi")).statusCode()).isEqualTo(200);
    }
}
