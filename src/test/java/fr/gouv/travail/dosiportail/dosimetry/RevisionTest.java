package fr.gouv.travail.dosiportail.dosimetry;

import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.json;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.lab;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.gouv.travail.dosiportail.core.Luhn;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.RegistryFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Corrections and cancellations: new linked versions with a reason, for the originator, the MDT, the operator. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@RecordApplicationEvents
class RevisionTest {

    static final String FIXTURE_RPPS = "1000123456" + Luhn.checkDigit("1000123456");
    static final String CORRECTION = """
            {"valueMsv":0.4,"belowThreshold":false,"resultStatus":"RESULT","reason":"Erreur de lecture du dosimètre"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistryDeclarations declarations;
    @Autowired
    ApplicationEvents events;
    @Autowired
    PlatformTransactionManager tx;

    RegistryFixtures.EstablishmentBuilder site;
    RegistryFixtures.WorkerBuilder worker;
    UUID recordId;

    static RequestPostProcessor mdt(String rpps) {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_OCCUPATIONAL_PHYSICIAN"))
                .jwt(j -> j.subject("mdt-" + rpps).claim("actor_kind", "OCCUPATIONAL_PHYSICIAN").claim("rpps", rpps));
    }

    @BeforeEach
    void aStoredRecord() throws Exception {
        site = new RegistryFixtures(declarations).aCompany().anEstablishment().declare();
        worker = site.aWorker().named("Dupont", "Jeanne").classifiedA().declare();
        var response = send(post("/api/v1/dose-records"), json(DoseRecords.record(worker, site.siret,
                "DOS-" + UUID.randomUUID())), lab(DoseRecords.LAB));
        assertThat(response.getStatus()).isEqualTo(201);
        recordId = UUID.fromString(body(response).path("items").path(0).path("recordId").asString());
    }

    private MockHttpServletResponse send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder b,
                                         String content, RequestPostProcessor who) throws Exception {
        return mvc.perform(b.contentType(MediaType.APPLICATION_JSON).content(content).with(who)).andReturn()
                .getResponse();
    }

    private MockHttpServletResponse correct(UUID id, String content, RequestPostProcessor who) throws Exception {
        return send(post("/api/v1/dose-records/" + id + "/corrections"), content, who);
    }

    private MockHttpServletResponse cancel(UUID id, RequestPostProcessor who) throws Exception {
        return send(post("/api/v1/dose-records/" + id + "/cancellation"), "{\"reason\":\"Dosimètre d'un autre salarié\"}",
                who);
    }

    private static JsonNode body(MockHttpServletResponse r) throws Exception {
        return JsonMapper.shared().readTree(r.getContentAsString());
    }

    @Test
    void theOriginatingLabCorrectsItsRecordAsANewLinkedVersionAndThePreviousStaysReadable() throws Exception {
        var response = correct(recordId, CORRECTION, lab(DoseRecords.LAB));
        assertThat(response.getStatus()).isEqualTo(201);
        JsonNode answer = body(response);
        UUID newId = UUID.fromString(answer.path("recordId").asString());
        assertThat(answer.path("version").asInt()).isEqualTo(2);
        assertThat(answer.path("receiptNumber").asString()).startsWith("DOS-");
        var row = jdbc.sql("select version, previous_version_id, correction_reason, value_msv, cancelled, dosimeter_id"
                + " from dosimetry.dose_record where id = ?").param(newId).query().singleRow();
        assertThat(row.get("version")).isEqualTo(2);
        assertThat(row.get("previous_version_id")).isEqualTo(recordId);
        assertThat(row.get("correction_reason")).isEqualTo("Erreur de lecture du dosimètre");
        assertThat(row.get("value_msv").toString()).isEqualTo("0.400");
        assertThat(row.get("cancelled")).isEqualTo(false);
        assertThat(jdbc.sql("select value_msv::text from dosimetry.dose_record where id = ?").param(recordId)
                .query(String.class).single()).isEqualTo("0.250");
        assertThat(events.stream(DoseRecordRevised.class).filter(e -> e.recordId().equals(newId)))
                .singleElement().satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(RevisionKind.CORRECTION);
                    assertThat(e.previousRecordId()).isEqualTo(recordId);
                });
        assertThat(jdbc.sql("select count(*) from journal.entry where action = 'WRITE' and outcome = 'ALLOWED'"
                + " and resource = ?").param("dosimetry.dose_record/" + newId).query(Long.class).single()).isOne();
    }

    @Test
    void onlyTheCurrentVersionMayBeRevisedAndTheAnswerNamesIt() throws Exception {
        UUID second = UUID.fromString(body(correct(recordId, CORRECTION, lab(DoseRecords.LAB))).path("recordId").asString());
        var stale = correct(recordId, CORRECTION, lab(DoseRecords.LAB));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains(second.toString()).contains("NOT_CURRENT_VERSION");
    }

    @Test
    void aCancelledRecordCanNeitherBeCorrectedNorCancelledAgain() throws Exception {
        var cancelled = cancel(recordId, lab(DoseRecords.LAB));
        assertThat(cancelled.getStatus()).isEqualTo(201);
        UUID cancellation = UUID.fromString(body(cancelled).path("recordId").asString());
        assertThat(jdbc.sql("select cancelled from dosimetry.dose_record where id = ?").param(cancellation)
                .query(Boolean.class).single()).isTrue();
        assertThat(events.stream(DoseRecordRevised.class).map(DoseRecordRevised::kind)).contains(RevisionKind.CANCELLATION);
        assertThat(correct(cancellation, CORRECTION, lab(DoseRecords.LAB)).getStatus()).isEqualTo(409);
        assertThat(cancel(cancellation, operator()).getStatus()).isEqualTo(409);
    }

    @Test
    void anotherLabAnMdtNotFollowingTheWorkerAndAnUnknownIdAllGetNotFound() throws Exception {
        assertThat(correct(recordId, CORRECTION, lab("LAB-OTHER")).getStatus()).isEqualTo(404);
        assertThat(correct(recordId, CORRECTION, mdt(FIXTURE_RPPS)).getStatus()).isEqualTo(404);
        assertThat(correct(UUID.randomUUID(), CORRECTION, operator()).getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from dosimetry.dose_record where previous_version_id = ?").param(recordId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theMdtFollowingTheWorkerAndTheOperatorMayCorrect() throws Exception {
        site.designatePhysician(LocalDate.of(2024, 1, 1));
        var byMdt = correct(recordId, CORRECTION, mdt(FIXTURE_RPPS));
        assertThat(byMdt.getStatus()).isEqualTo(201);
        UUID second = UUID.fromString(body(byMdt).path("recordId").asString());
        assertThat(correct(second, CORRECTION.replace("0.4", "0.5"), operator()).getStatus()).isEqualTo(201);
    }

    @Test
    void badInputIsAnsweredWithAProblemNamingTheField() throws Exception {
        assertThat(body(correct(recordId, CORRECTION.replace(",\"reason\":\"Erreur de lecture du dosimètre\"", ""),
                lab(DoseRecords.LAB))).path("errors").path(0).path("field").asString()).isEqualTo("reason");
        var tooLong = correct(recordId, CORRECTION.replace("Erreur de lecture du dosimètre", "x".repeat(501)),
                lab(DoseRecords.LAB));
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(body(tooLong).path("errors").path(0).path("field").asString()).isEqualTo("reason");
        var negative = correct(recordId, CORRECTION.replace("0.4", "-1"), lab(DoseRecords.LAB));
        assertThat(negative.getStatus()).isEqualTo(400);
        assertThat(body(negative).path("errors").path(0).path("field").asString()).isEqualTo("valueMsv");
        var noThreshold = correct(recordId, CORRECTION.replace("\"belowThreshold\":false", "\"belowThreshold\":true"),
                lab(DoseRecords.LAB));
        assertThat(body(noThreshold).path("errors").path(0).path("field").asString()).isEqualTo("thresholdMsv");
    }

    @Test
    void twoConcurrentCorrectionsOfTheSameVersionLeaveOneWinnerAndOneConflict() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String value = "0." + (5 + i);
                results.add(pool.submit(() -> {
                    start.await();
                    return correct(recordId, CORRECTION.replace("0.4", value), lab(DoseRecords.LAB)).getStatus();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from dosimetry.dose_record where previous_version_id = ?").param(recordId)
                .query(Long.class).single()).isOne();
    }

    @Test
    void aCorrectionThatPassedTheCurrentCheckLosesOnTheUniqueVersionConstraint() throws Exception {
        // Another transaction holds an uncommitted version 2: the request sees version 1 as current, then its insert
        // waits on the unique (key, version) index and fails once the other commits.
        UUID rival = UUID.randomUUID();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<MockHttpServletResponse> request = new TransactionTemplate(tx).execute(s -> {
                jdbc.sql("""
                        insert into dosimetry.dose_record (id, worker_id, establishment_id, originator_kind, originator_id,
                            monitoring_kind, dosimeter_id, period_start, period_end, quantity, value_msv, status, channel,
                            submission_id, received_at, receipt_number, version, previous_version_id, correction_reason)
                        select ?, worker_id, establishment_id, originator_kind, originator_id, monitoring_kind,
                            dosimeter_id, period_start, period_end, quantity, 0.9, status, channel, submission_id,
                            received_at, receipt_number, 2, id, 'rival' from dosimetry.dose_record where id = ?""")
                        .params(rival, recordId).update();
                Future<MockHttpServletResponse> f = pool.submit(() -> correct(recordId, CORRECTION, lab(DoseRecords.LAB)));
                waitUntilAnotherSessionWaitsOnALock();
                return f;
            });
            var response = request.get();
            assertThat(response.getStatus()).isEqualTo(409);
            assertThat(response.getContentAsString()).contains(rival.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    private void waitUntilAnotherSessionWaitsOnALock() {
        for (int i = 0; i < 600; i++) {
            boolean waiting = new TransactionTemplate(tx) {{
                setPropagationBehavior(PROPAGATION_REQUIRES_NEW);
            }}.execute(s -> jdbc.sql("select exists (select 1 from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and query like '%insert into dosimetry.dose_record%')").query(Boolean.class).single());
            if (waiting) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the correction never waited on the rival version");
    }
}
