package fr.gouv.travail.dosiportail.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import fr.gouv.travail.dosiportail.identity.localidp.LocalIdentityProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** API clients: client-credentials tokens from the local identity provider, checked by the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiTokenTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    LocalIdentityProvider idp;

    @Test
    void letsTheDemoLabCallTheApiAsAnAccreditedBody() throws Exception {
        HttpResponse<String> me = callMe(clientCredentialsToken("demo-lab", "demo-lab-secret"));

        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode actor = JsonMapper.shared().readTree(me.body());
        assertThat(actor.get("kind").asString()).isEqualTo("ACCREDITED_BODY");
        assertThat(actor.get("accreditationNumber").asString()).isEqualTo("DEMO-LAB-0001");
        assertThat(actor.get("subject").asString()).isEqualTo("demo-lab");
    }

    @Test
    void letsTheDemoEmployerSoftwareCallTheApiForItsCompany() throws Exception {
        HttpResponse<String> me = callMe(clientCredentialsToken("demo-employer-software", "demo-employer-software-secret"));

        JsonNode actor = JsonMapper.shared().readTree(me.body());
        assertThat(actor.get("kind").asString()).isEqualTo("EMPLOYER");
        assertThat(actor.get("siren").asString()).isEqualTo("123456782");
    }

    @Test
    void refusesAClientWithAWrongSecretAtTheTokenEndpoint() throws Exception {
        assertThat(tokenResponse("demo-lab", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void answersACallWithoutTokenWith401AndAProblem() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(app("/api/v1/me")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = JsonMapper.shared().readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/me");
    }

    @Test
    void acceptsATokenSignedWithTheProvidersKeyAsTheForgedOnesBelowAreBuilt() throws Exception {
        assertThat(callMe(sign(idpKey(), issuer(), Instant.now().plusSeconds(300))).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesATokenSignedWithAnotherKey() throws Exception {
        JWKSource<SecurityContext> otherKey = new ImmutableJWKSet<>(new JWKSet(new RSAKeyGenerator(2048).keyID("other").generate()));
        HttpResponse<String> response = callMe(sign(otherKey, issuer(), Instant.now().plusSeconds(300)));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).contains("invalid_token"));
        assertThat(JsonMapper.shared().readTree(response.body()).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void refusesAnExpiredToken() throws Exception {
        // beyond the 60 s of clock skew the validator allows
        assertThat(callMe(sign(idpKey(), issuer(), Instant.now().minus(Duration.ofMinutes(5)))).statusCode())
                .isEqualTo(401);
    }

    @Test
    void refusesATokenFromAnotherIssuer() throws Exception {
        assertThat(callMe(sign(idpKey(), "https://elsewhere.example", Instant.now().plusSeconds(300))).statusCode())
                .isEqualTo(401);
    }

    @Test
    void letsAnAnonymousVisitorSeeTheHealthEndpoint() throws Exception {
        assertThat(http.send(HttpRequest.newBuilder(app("/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    private URI app(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private String issuer() {
        return idp.issuer();
    }

    @SuppressWarnings("unchecked")
    private JWKSource<SecurityContext> idpKey() {
        return idp.context().getBean(JWKSource.class);
    }

    private static String sign(JWKSource<SecurityContext> key, String issuer, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(issuer).subject("demo-lab")
                .issuedAt(expiresAt.minus(Duration.ofMinutes(10))).expiresAt(expiresAt)
                .claim("actor_kind", "ACCREDITED_BODY").claim("accreditation_number", "DEMO-LAB-0001").build();
        return new NimbusJwtEncoder(key).encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).build(), claims)).getTokenValue();
    }

    private HttpResponse<String> callMe(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(app("/api/v1/me")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String clientCredentialsToken(String clientId, String secret) throws Exception {
        HttpResponse<String> response = tokenResponse(clientId, secret);
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.shared().readTree(response.body()).get("access_token").asString();
    }

    private HttpResponse<String> tokenResponse(String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
