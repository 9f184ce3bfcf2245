package fr.gouv.travail.dosiportail.surveillance.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Signed webhooks to a local HTTP server: signature, retry after a 500, delivery log, disabling, no redirects. */
@SpringBootTest(properties = {"dosiportail.notifications.sender-enabled=false",
        "dosiportail.notifications.webhook-allow-private-addresses=true",
        "dosiportail.notifications.webhook-max-consecutive-failures=3"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WebhookDeliveryTest {

    record Received(String path, String body, String timestamp, String signature) {
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Dispatch dispatch;
    @Autowired
    WebhookSender sender;

    HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    /** Status codes to answer, in order; 200 once exhausted. */
    final List<Integer> answers = new CopyOnWriteArrayList<>();
    final AtomicInteger calls = new AtomicInteger();

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestURI().getPath(), body,
                    exchange.getRequestHeaders().getFirst("X-Dosiportail-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-Dosiportail-Signature")));
            int i = calls.getAndIncrement();
            int status = i < answers.size() ? answers.get(i) : 200;
            if (status == 302) {
                exchange.getResponseHeaders().add("Location", "/elsewhere");
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        // deliveries left by other tests go first, to their own (now closed) servers
        sender.sendDue(Instant.now().plusSeconds(86_400 * 10), 1000);
        received.clear();
        calls.set(0);
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String hook(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private JsonNode register(RequestPostProcessor who, String url) throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/api/v1/webhooks").with(who).contentType(MediaType.APPLICATION_JSON)
                .content("{\"url\": \"" + url + "\"}")).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        return JsonMapper.shared().readTree(r.getContentAsString());
    }

    private static RequestPostProcessor mdt(DeliveryFixtures f) {
        return DeliveryFixtures.token("OCCUPATIONAL_PHYSICIAN", Map.of("rpps", f.rpps));
    }

    static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDeliveryIsSignedRetriedAfterA500AndLogged() throws Exception {
        DeliveryFixtures f = new DeliveryFixtures().build(jdbc);
        JsonNode reg = register(mdt(f), hook("/dosiportail"));
        String secret = reg.get("secret").asString();
        assertThat(secret).matches("[0-9a-f]{64}");
        String listed = mvc.perform(get("/api/v1/webhooks").with(mdt(f))).andReturn().getResponse().getContentAsString();
        assertThat(listed).contains(reg.get("id").asString()).doesNotContain(secret);

        answers.add(500);
        UUID alert = f.physicianAlert(jdbc);
        Instant t0 = Instant.parse("2030-06-01T10:00:00Z");
        dispatch.enqueue(List.of(alert), t0);
        assertThat(sender.sendDue(t0, 10)).isZero();
        assertThat(sender.sendDue(t0.plusSeconds(59), 10)).as("not before the back-off").isZero();
        assertThat(sender.sendDue(t0.plusSeconds(60), 10)).isEqualTo(1);
        assertThat(received).hasSize(2);

        for (Received r : received) {
            assertThat(r.signature()).isEqualTo(hmac(secret, r.timestamp() + "." + r.body()));
            assertThat(r.signature()).isNotEqualTo(hmac(secret + "x", r.timestamp() + "." + r.body()));
        }
        assertThat(received.get(1).timestamp()).isEqualTo(Long.toString(t0.plusSeconds(60).getEpochSecond()));
        JsonNode body = JsonMapper.shared().readTree(received.get(1).body());
        assertThat(body.get("id").asString()).isEqualTo(alert.toString());
        assertThat(body.get("payload").get("workerName").asString()).isEqualTo(f.workerName);
        assertThat(body.get("titleFr").asString()).isEqualTo("Dépassement de la limite de dose efficace");

        String log = mvc.perform(get("/api/v1/webhooks/" + reg.get("id").asString() + "/deliveries").with(mdt(f)))
                .andReturn().getResponse().getContentAsString();
        JsonNode delivery = JsonMapper.shared().readTree(log).get(0);
        assertThat(delivery.get("notificationId").asString()).isEqualTo(alert.toString());
        assertThat(delivery.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(2);
        assertThat(delivery.get("log").get(0).get("statusCode").asInt()).isEqualTo(500);
        assertThat(delivery.get("log").get(1).get("statusCode").asInt()).isEqualTo(200);
    }

    @Test
    void anEndpointFailingThreeTimesInARowIsDisabledAndNoLongerCalled() throws Exception {
        DeliveryFixtures f = new DeliveryFixtures().build(jdbc);
        JsonNode reg = register(mdt(f), hook("/toujours-en-panne"));
        answers.addAll(List.of(500, 503, 500, 500, 500));
        Instant t = Instant.parse("2030-07-01T10:00:00Z");
        dispatch.enqueue(List.of(f.physicianAlert(jdbc), f.physicianAlert(jdbc)), t);
        for (int i = 0; i < 5; i++) {
            sender.sendDue(t, 10);
            t = t.plusSeconds(3600);
        }
        assertThat(received).hasSize(3);
        assertThat(jdbc.sql("select disabled_at is not null from surveillance.webhook where id = ?")
                .param(UUID.fromString(reg.get("id").asString())).query(Boolean.class).single()).isTrue();
        assertThat(mvc.perform(get("/api/v1/webhooks").with(mdt(f))).andReturn().getResponse().getContentAsString())
                .contains("\"consecutiveFailures\":3", "\"disabledAt\":\"");
    }

    @Test
    void aRedirectIsNotFollowedAndCountsAsAFailure() throws Exception {
        DeliveryFixtures f = new DeliveryFixtures().build(jdbc);
        register(mdt(f), hook("/redirige"));
        answers.add(302);
        Instant t = Instant.parse("2030-08-01T10:00:00Z");
        dispatch.enqueue(List.of(f.physicianAlert(jdbc)), t);
        assertThat(sender.sendDue(t, 10)).isZero();
        assertThat(received).extracting(Received::path).containsExactly("/redirige");
    }

    @Test
    void theDeliveryLogOfAnotherActorsEndpointAnswersNotFound() throws Exception {
        DeliveryFixtures f = new DeliveryFixtures().build(jdbc);
        DeliveryFixtures other = new DeliveryFixtures().build(jdbc);
        JsonNode reg = register(mdt(f), hook("/a"));
        assertThat(mvc.perform(get("/api/v1/webhooks/" + reg.get("id").asString() + "/deliveries").with(mdt(other)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void registrationRefusesPlainHttpToAPublicHostAndServerChosenFieldsAreNotAccepted() throws Exception {
        DeliveryFixtures f = new DeliveryFixtures().build(jdbc);
        MockHttpServletResponse http = mvc.perform(post("/api/v1/webhooks").with(mdt(f))
                .contentType(MediaType.APPLICATION_JSON).content("{\"url\": \"ftp://example.org/x\"}"))
                .andReturn().getResponse();
        assertThat(http.getStatus()).isEqualTo(400);
        assertThat(http.getContentAsString()).contains("NOT_HTTPS");
        MockHttpServletResponse secret = mvc.perform(post("/api/v1/webhooks").with(mdt(f))
                .contentType(MediaType.APPLICATION_JSON).content("{\"url\": \"" + hook("/b") + "\", \"secret\": \"mine\"}"))
                .andReturn().getResponse();
        assertThat(secret.getStatus()).isEqualTo(400);
    }
}
