package fr.gouv.travail.dosiportail.surveillance.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.gouv.travail.dosiportail.surveillance.NotificationIssued;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** E-mails through a real SMTP server (GreenMail): content, redaction of subjects, durability across an outage. */
@SpringBootTest(properties = {"dosiportail.notifications.sender-enabled=false",
        "dosiportail.notifications.ministry-email=alertes@dgt.example.gouv.fr",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=5000"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MailDeliveryTest {

    static final int PORT = freePort();
    GreenMail smtp;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Dispatch dispatch;
    @Autowired
    MailOutboxSender sender;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry r) {
        r.add("spring.mail.host", () -> "127.0.0.1");
        r.add("spring.mail.port", () -> PORT);
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // earlier tests may have left due messages: send them now so each test counts its own
        sender.sendDue(Instant.now().plus(Duration.ofDays(10)), 1000);
        smtp.reset();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                found.add(m);
            }
        }
        return found;
    }

    @Test
    void anIssuedAlertReachesThePhysicianWithTitleAndValuesUnderASubjectThatNamesNoOne() throws Exception {
        DeliveryFixtures f = new DeliveryFixtures().build(jdbc);
        UUID alert = tx.execute(s -> {
            UUID id = f.physicianAlert(jdbc);
            events.publishEvent(new NotificationIssued(List.of(id)));
            return id;
        });
        // the listener runs after the commit (possibly on another thread): wait for its outbox row
        for (int i = 0; i < 100 && outboxRows(alert) == 0; i++) {
            Thread.sleep(100);
        }
        assertThat(outboxRows(alert)).isEqualTo(1);
        assertThat(sender.sendDue(Instant.now(), 10)).isEqualTo(1);

        List<MimeMessage> received = to(f.mdtEmail);
        assertThat(received).hasSize(1);
        MimeMessage m = received.get(0);
        assertThat(m.getSubject()).isEqualTo("[Dosiportail] Alerte : dépassement d’une limite réglementaire")
                .doesNotContain(f.workerName);
        assertThat((String) m.getContent()).contains("Dépassement de la limite de dose efficace", f.workerName,
                "Dose (mSv) : 21.4", "/alertes/" + alert);
    }

    private long outboxRows(UUID notification) {
        return jdbc.sql("select count(*) from surveillance.mail_outbox where notification_id = ?").param(notification)
                .query(Long.class).single();
    }

    @Test
    void theMinistryReceivesExactlyTheRedactedPayloadAndTheEmployerItsEstablishmentsHead() throws Exception {
        DeliveryFixtures f = new DeliveryFixtures().build(jdbc);
        UUID ministry = DeliveryFixtures.ministryAlert(jdbc, "MINISTRY", "DGT");
        UUID employer = DeliveryFixtures.notification(jdbc, "LIMIT_ALERT", "EMPLOYER", f.siren, f.worker,
                "Un de vos travailleurs est concerné", "{\"workerName\": \"" + f.workerName + "\"}");
        UUID crp = DeliveryFixtures.notification(jdbc, "LIMIT_ALERT", "RADIATION_PROTECTION_ADVISER", f.crpEmail,
                f.worker, "Dépassement", "{\"doseMsv\": 21.4}");
        dispatch.enqueue(List.of(ministry, employer, crp), Instant.now());
        assertThat(sender.sendDue(Instant.now(), 10)).isEqualTo(3);

        String payload = jdbc.sql("select payload::text from surveillance.notification where id = ?").param(ministry)
                .query(String.class).single();
        List<MimeMessage> dgt = to("alertes@dgt.example.gouv.fr");
        assertThat(dgt).hasSize(1);
        assertThat(((String) dgt.get(0).getContent()).strip()).isEqualTo(payload);
        assertThat(to(f.headEmail)).hasSize(1);
        assertThat(to(f.crpEmail)).hasSize(1);
        for (MimeMessage m : smtp.getReceivedMessages()) {
            assertThat(m.getSubject()).doesNotContain(f.workerName);
        }
    }

    @Test
    void anSmtpServerDownForAnHourLosesNothingAndTheMessageIsDeliveredOnceWhenItIsBack() throws Exception {
        DeliveryFixtures f = new DeliveryFixtures().build(jdbc);
        smtp.stop();
        Instant t0 = Instant.parse("2030-01-01T08:00:00Z");
        UUID alert = f.physicianAlert(jdbc);
        dispatch.enqueue(List.of(alert), t0);

        // attempts while the server is down: at t0, then 1, 2, 4, 8, 16, 32 minutes later (computed, not slept)
        Instant t = t0;
        List<Long> delays = new ArrayList<>();
        while (t.isBefore(t0.plus(Duration.ofHours(1)))) {
            assertThat(sender.sendDue(t, 10)).isZero();
            Instant next = nextAttempt(alert);
            delays.add(Duration.between(t, next).toMinutes());
            assertThat(sender.sendDue(next.minusSeconds(1), 10)).as("nothing before it is due").isZero();
            t = next;
        }
        assertThat(delays).containsExactly(1L, 2L, 4L, 8L, 16L, 32L);
        assertThat(jdbc.sql("select status || ' ' || attempts || ' ' || (last_error is not null)"
                + " from surveillance.mail_outbox where notification_id = ?").param(alert).query(String.class).single())
                .isEqualTo("PENDING 6 true");

        start(); // the server is back (same port, empty mailbox)
        assertThat(sender.sendDue(t, 10)).isEqualTo(1);
        assertThat(sender.sendDue(t.plus(Duration.ofHours(5)), 10)).isZero();
        assertThat(to(f.mdtEmail)).hasSize(1);
        assertThat(jdbc.sql("select status from surveillance.mail_outbox where notification_id = ?").param(alert)
                .query(String.class).single()).isEqualTo("SENT");
    }

    private Instant nextAttempt(UUID notification) {
        return jdbc.sql("select next_attempt_at from surveillance.mail_outbox where notification_id = ?")
                .param(notification).query(java.sql.Timestamp.class).single().toInstant();
    }

    @Test
    void pastTheHorizonTheMessageIsFailedAndTheOperatorSeesIt() throws Exception {
        DeliveryFixtures f = new DeliveryFixtures().build(jdbc);
        smtp.stop();
        Instant t0 = Instant.parse("2031-01-01T08:00:00Z");
        UUID alert = f.physicianAlert(jdbc);
        dispatch.enqueue(List.of(alert), t0);
        Instant t = t0;
        for (int i = 0; i < 200 && "PENDING".equals(status(alert)); i++) {
            sender.sendDue(t, 10);
            t = nextAttempt(alert);
        }
        assertThat(status(alert)).isEqualTo("FAILED");
        assertThat(Duration.between(t0, t)).isLessThanOrEqualTo(Duration.ofHours(72));
        String body = mvc.perform(get("/api/v1/notifications/outbox").with(DeliveryFixtures.token("OPERATOR", Map.of())))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains(alert.toString(), f.mdtEmail, "\"status\":\"FAILED\"").doesNotContain(f.workerName);
        start();
    }

    private String status(UUID notification) {
        return jdbc.sql("select status from surveillance.mail_outbox where notification_id = ?").param(notification)
                .query(String.class).single();
    }

    @Test
    void twoSendersWorkingTogetherNeverSendTheSameMessageTwice() throws Exception {
        DeliveryFixtures f = new DeliveryFixtures().build(jdbc);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(DeliveryFixtures.notification(jdbc, "CLASSIFICATION_NOTICE", "OCCUPATIONAL_PHYSICIAN", f.rpps,
                    f.worker, "Classement à revoir " + i, "{\"i\": " + i + "}"));
        }
        Instant now = Instant.now();
        dispatch.enqueue(ids, now);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = () -> sender.sendDue(now, 100);
            List<Future<Integer>> done = pool.invokeAll(List.of(run, run));
            assertThat(done.get(0).get() + done.get(1).get()).isEqualTo(20);
        } finally {
            pool.shutdown();
        }
        assertThat(to(f.mdtEmail)).hasSize(20);
    }
}
