package fr.gouv.travail.dosiportail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.identity.localidp.LocalIdentityProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An unforeseen failure answers 500 without the exception: no stack trace, class name or SQL, on the API (a
 * problem with an error id, also written in the log) and on the pages (the DSFR error page).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class InternalErrorTest {

    private static final String SECRET_SQL = "SELECT secret FROM registry.worker WHERE nir = '185057505612345'";

    /** Test-only handlers that fail like a broken query would (member classes: registered with this configuration only). */
    @TestConfiguration
    static class FailingHandlers {
        @RestController
        static class FailingApi {
            @GetMapping("/api/v1/essai/panne")
            String fail() {
                throw new IllegalStateException(SECRET_SQL);
            }
        }

        @Controller
        static class FailingPage {
            @GetMapping("/public/essai/panne")
            String fail() {
                throw new IllegalStateException(SECRET_SQL);
            }
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    LocalIdentityProvider idp;

    @Test
    void anApiFailureAnswersAProblemWithAnErrorIdAndNothingOfTheException(CapturedOutput log) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(app("/api/v1/essai/panne"))
                .header("Authorization", "Bearer " + employerSoftwareToken()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertNothingOfTheException(answer.body());
        JsonNode problem = JsonMapper.shared().readTree(answer.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://dosiportail.travail.gouv.fr/problemes/erreur-interne");
        String errorId = problem.get("errorId").asString();
        assertThat(errorId).matches("[0-9a-f-]{36}");
        assertThat(problem.get("detail").asString()).contains(errorId);
        assertThat(log.getOut()).as("support finds the exception by its id").contains(errorId, "IllegalStateException");
    }

    @Test
    void aPageFailureShowsTheErrorPageAndNothingOfTheException() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(app("/public/essai/panne"))
                .header("Accept", "text/html").header("Accept-Language", "fr").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("text/html"));
        assertThat(answer.body()).contains("fr-header", "<h1");
        assertNothingOfTheException(answer.body());
    }

    @Test
    void aPageFailureAskedAsJsonGivesNoDetailEither() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(app("/public/essai/panne"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(500);
        assertNothingOfTheException(answer.body());
    }

    private static void assertNothingOfTheException(String body) {
        assertThat(body).doesNotContainIgnoringCase("select").doesNotContain("secret", "185057505612345",
                "IllegalStateException", "java.lang", "at fr.gouv", "trace", "exception");
    }

    private URI app(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private String employerSoftwareToken() throws Exception {
        String basic = Base64.getEncoder().encodeToString(
                "demo-employer-software:demo-employer-software-secret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(idp.issuer() + "/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.shared().readTree(response.body()).get("access_token").asString();
    }
}
