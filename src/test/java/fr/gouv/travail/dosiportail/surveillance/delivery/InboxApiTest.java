package fr.gouv.travail.dosiportail.surveillance.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The inbox API: each recipient sees its own notifications only, read marks are appended, reads are journaled. */
@SpringBootTest(properties = "dosiportail.notifications.sender-enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class InboxApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletResponse call(MockHttpServletRequestBuilder r, RequestPostProcessor who) throws Exception {
        return mvc.perform(r.with(who)).andReturn().getResponse();
    }

    private static RequestPostProcessor mdt(DeliveryFixtures f) {
        return DeliveryFixtures.token("OCCUPATIONAL_PHYSICIAN", Map.of("rpps", f.rpps));
    }

    @Test
    void aPhysicianListsOnlyItsOwnNotificationsWithTheUnreadCountByKind() throws Exception {
        DeliveryFixtures f = new DeliveryFixtures().build(jdbc);
        DeliveryFixtures other = new DeliveryFixtures().build(jdbc);
        UUID alert = f.physicianAlert(jdbc);
        UUID notice = DeliveryFixtures.notification(jdbc, "CLASSIFICATION_NOTICE", "OCCUPATIONAL_PHYSICIAN", f.rpps,
                f.worker, "Classement à revoir", "{\"quantity\": \"E\"}");
        UUID foreign = other.physicianAlert(jdbc);

        String body = call(get("/api/v1/notifications"), mdt(f)).getContentAsString();
        assertThat(body).contains(alert.toString(), notice.toString()).doesNotContain(foreign.toString())
                .contains("\"totalElements\":2", "\"unread\":2", "\"LIMIT_ALERT\":1", "\"CLASSIFICATION_NOTICE\":1");
        assertThat(call(get("/api/v1/notifications").param("kind", "CLASSIFICATION_NOTICE"), mdt(f)).getContentAsString())
                .contains(notice.toString()).doesNotContain(alert.toString());
        assertThat(call(get("/api/v1/notifications").param("kind", "NOPE"), mdt(f)).getStatus()).isEqualTo(400);
    }

    @Test
    void aNotificationOfAnotherRecipientAnswersExactlyAsAnUnknownOne() throws Exception {
        DeliveryFixtures f = new DeliveryFixtures().build(jdbc);
        DeliveryFixtures other = new DeliveryFixtures().build(jdbc);
        UUID foreign = other.physicianAlert(jdbc);
        UUID unknown = UUID.randomUUID();
        for (String suffix : List.of("", "/read")) {
            var a = suffix.isEmpty() ? get("/api/v1/notifications/" + foreign) : post("/api/v1/notifications/" + foreign + suffix);
            var b = suffix.isEmpty() ? get("/api/v1/notifications/" + unknown) : post("/api/v1/notifications/" + unknown + suffix);
            MockHttpServletResponse refused = call(a, mdt(f));
            MockHttpServletResponse missing = call(b, mdt(f));
            assertThat(refused.getStatus()).isEqualTo(404);
            assertThat(refused.getContentAsString().replace(foreign.toString(), "{id}"))
                    .isEqualTo(missing.getContentAsString().replace(unknown.toString(), "{id}"))
                    .doesNotContain(other.workerName);
        }
        assertThat(jdbc.sql("select count(*) from surveillance.notification_read where notification_id = ?")
                .param(foreign).query(Long.class).single()).isZero();
    }

    @Test
    void aPhysicianOrAdviserNoLongerDesignatedNoLongerSeesTheWorkersNotifications() throws Exception {
        DeliveryFixtures f = new DeliveryFixtures().build(jdbc);
        UUID toMdt = f.physicianAlert(jdbc);
        UUID toCrp = DeliveryFixtures.notification(jdbc, "LIMIT_ALERT", "RADIATION_PROTECTION_ADVISER", f.crpEmail,
                f.worker, "Dépassement", "{\"doseMsv\": 21.4}");
        RequestPostProcessor crp = DeliveryFixtures.token("RADIATION_PROTECTION_ADVISER", Map.of("email", f.crpEmail));
        assertThat(call(get("/api/v1/notifications/" + toMdt), mdt(f)).getStatus()).isEqualTo(200);
        assertThat(call(get("/api/v1/notifications/" + toCrp), crp).getStatus()).isEqualTo(200);

        jdbc.sql("update registry.designation set valid_to = ? where email in (?, ?)")
                .params(java.time.LocalDate.now().minusDays(1), f.mdtEmail, f.crpEmail).update();
        long journaled = journaled(f.worker);
        for (var who : List.of(Map.entry(toMdt, mdt(f)), Map.entry(toCrp, crp))) {
            assertThat(call(get("/api/v1/notifications/" + who.getKey()), who.getValue()).getStatus()).isEqualTo(404);
            assertThat(call(post("/api/v1/notifications/" + who.getKey() + "/read"), who.getValue()).getStatus())
                    .isEqualTo(404);
            assertThat(call(get("/api/v1/notifications"), who.getValue()).getContentAsString())
                    .doesNotContain(who.getKey().toString()).contains("\"totalElements\":0", "\"unread\":0");
        }
        assertThat(journaled(f.worker)).isEqualTo(journaled);
    }

    @Test
    void markingReadAppendsAMarkOnceAndNeverChangesTheNotification() throws Exception {
        DeliveryFixtures f = new DeliveryFixtures().build(jdbc);
        UUID alert = f.physicianAlert(jdbc);
        String before = jdbc.sql("select row_to_json(n)::text from surveillance.notification n where id = ?").param(alert)
                .query(String.class).single();
        assertThat(call(post("/api/v1/notifications/" + alert + "/read"), mdt(f)).getStatus()).isEqualTo(204);
        assertThat(call(post("/api/v1/notifications/" + alert + "/read"), mdt(f)).getStatus()).isEqualTo(204);
        assertThat(jdbc.sql("select count(*) from surveillance.notification_read where notification_id = ?")
                .param(alert).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select row_to_json(n)::text from surveillance.notification n where id = ?").param(alert)
                .query(String.class).single()).isEqualTo(before);
        assertThat(call(get("/api/v1/notifications").param("unread", "true"), mdt(f)).getContentAsString())
                .contains("\"totalElements\":0", "\"unread\":0");
        assertThat(call(get("/api/v1/notifications").param("unread", "false"), mdt(f)).getContentAsString())
                .contains(alert.toString(), "\"read\":true");
        assertThatThrownBy(() -> jdbc.sql("delete from surveillance.notification_read where notification_id = ?")
                .param(alert).update()).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void readingANotificationThatNamesAWorkerIsJournaledAndTheMinistrysIsNot() throws Exception {
        DeliveryFixtures f = new DeliveryFixtures().build(jdbc);
        UUID alert = f.physicianAlert(jdbc);
        long before = journaled(f.worker);
        MockHttpServletResponse r = call(get("/api/v1/notifications/" + alert), mdt(f));
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString()).contains(f.workerName, "\"doseMsv\":21.4");
        assertThat(journaled(f.worker)).isEqualTo(before + 1);

        UUID ministry = DeliveryFixtures.ministryAlert(jdbc, "MINISTRY", "DGT");
        long entries = jdbc.sql("select count(*) from journal.entry").query(Long.class).single();
        assertThat(call(get("/api/v1/notifications/" + ministry), DeliveryFixtures.token("MINISTRY",
                Map.of("authority", "DGT"))).getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from journal.entry").query(Long.class).single()).isEqualTo(entries);
    }

    private long journaled(UUID worker) {
        return jdbc.sql("select count(*) from journal.entry where worker_id = ? and data_kind = 'ALERT' and action = 'READ'")
                .param(worker).query(Long.class).single();
    }

    @Test
    void eachRecipientKindFindsItsOwnVersionByRppsEmailSirenOrAuthority() throws Exception {
        DeliveryFixtures f = new DeliveryFixtures().build(jdbc);
        UUID toCrp = DeliveryFixtures.notification(jdbc, "LIMIT_ALERT", "RADIATION_PROTECTION_ADVISER", f.crpEmail,
                f.worker, "Dépassement", "{\"doseMsv\": 21.4}");
        UUID toEmployer = DeliveryFixtures.notification(jdbc, "LIMIT_ALERT", "EMPLOYER", f.siren, f.worker,
                "Un travailleur est concerné", "{\"workerName\": \"" + f.workerName + "\"}");
        UUID toDgt = DeliveryFixtures.ministryAlert(jdbc, "MINISTRY", "DGT");
        UUID toDsnd = DeliveryFixtures.ministryAlert(jdbc, "DEFENCE_INSPECTORATE", "DSND");

        assertThat(list(DeliveryFixtures.token("RADIATION_PROTECTION_ADVISER", Map.of("email", f.crpEmail.toUpperCase()))))
                .contains(toCrp.toString()).doesNotContain(toEmployer.toString());
        for (String kind : List.of("EMPLOYER", "EMPLOYER_CORRESPONDENT")) {
            assertThat(list(DeliveryFixtures.token(kind, Map.of("siren", f.siren)))).contains(toEmployer.toString())
                    .doesNotContain(toCrp.toString());
        }
        assertThat(list(DeliveryFixtures.token("MINISTRY", Map.of("authority", "DGT")))).contains(toDgt.toString())
                .doesNotContain(toDsnd.toString(), toCrp.toString(), toEmployer.toString());
        assertThat(list(DeliveryFixtures.token("MINISTRY", Map.of("authority", "DSND")))).contains(toDsnd.toString())
                .doesNotContain(toDgt.toString());
        assertThat(call(get("/api/v1/notifications"), DeliveryFixtures.token("LABOUR_INSPECTOR",
                Map.of("territory", List.of("*")))).getStatus()).isEqualTo(403);
    }

    private String list(RequestPostProcessor who) throws Exception {
        MockHttpServletResponse r = call(get("/api/v1/notifications").param("size", "200"), who);
        assertThat(r.getStatus()).isEqualTo(200);
        return r.getContentAsString();
    }
}
