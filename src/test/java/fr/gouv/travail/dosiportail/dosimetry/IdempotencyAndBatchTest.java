package fr.gouv.travail.dosiportail.dosimetry;

import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.json;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.lab;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.q;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.RegistryFixtures;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Nothing is lost, nothing is doubled: Idempotency-Key replays, natural keys, and batches answered per record. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IdempotencyAndBatchTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistryDeclarations declarations;

    RegistryFixtures.EstablishmentBuilder site;
    RegistryFixtures.WorkerBuilder worker;

    @BeforeEach
    void aClassifiedWorker() {
        site = new RegistryFixtures(declarations).aCompany().anEstablishment().declare();
        worker = site.aWorker().classifiedA().declare();
    }

    private Map<String, String> record() {
        return DoseRecords.record(worker, site.siret, "DOS-" + UUID.randomUUID());
    }

    private MockHttpServletResponse send(String path, String body, String key) throws Exception {
        var request = post(path).contentType(MediaType.APPLICATION_JSON).content(body).with(lab(DoseRecords.LAB));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private long records() {
        return jdbc.sql("""
                        select count(*) from dosimetry.dose_record d join registry.worker w on w.id = d.worker_id
                        where w.nir = ?""").param(worker.nir).query(Long.class).single();
    }

    @Test
    void theSameKeyAndBodyGetTheSameAnswerAndNothingIsStoredTwice() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = json(record());
        var first = send("/api/v1/dose-records", body, key);
        var again = send("/api/v1/dose-records", body.replace(",", ", "), key);
        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(again.getStatus()).isEqualTo(201);
        assertThat(JsonMapper.shared().readTree(again.getContentAsString()))
                .isEqualTo(JsonMapper.shared().readTree(first.getContentAsString()));
        assertThat(records()).isOne();
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflict() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, String> record = record();
        assertThat(send("/api/v1/dose-records", json(record), key).getStatus()).isEqualTo(201);
        var other = send("/api/v1/dose-records", json(with(record, "valueMsv", "0.5")), key);
        assertThat(other.getStatus()).isEqualTo(409);
        assertThat(other.getContentAsString()).contains("problemes/conflit");
        assertThat(records()).isOne();
    }

    @Test
    void theSameRecordSentAgainWithoutKeyIsNotDoubledAndAnotherValueForItIsRefused() throws Exception {
        Map<String, String> record = record();
        assertThat(send("/api/v1/dose-records", json(record), null).getStatus()).isEqualTo(201);
        var same = send("/api/v1/dose-records", json(record), null);
        assertThat(same.getStatus()).isEqualTo(200);
        assertThat(same.getContentAsString()).contains("\"alreadyRecorded\":true");
        assertThat(send("/api/v1/dose-records", json(with(record, "valueMsv", "0.3")), null).getStatus())
                .isEqualTo(409);
        assertThat(records()).isOne();
    }

    @Test
    void aBatchWithMixedRecordsAnswersEachOneAndStoresOnlyTheGoodOnes() throws Exception {
        List<Map<String, String>> batch = List.of(
                record(),
                with(record(), "lastName", q("Inconnu")),
                with(record(), "valueMsv", "-1"),
                with(record(), "quantity", q("HP99")),
                with(record(), "valueMsv", "\"beaucoup\""),
                record());
        String body = batch.stream().map(DoseRecords::json).collect(Collectors.joining(",", "[", "]"));
        var response = send("/api/v1/dose-records/batch", body, "batch-" + UUID.randomUUID());
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode answer = JsonMapper.shared().readTree(response.getContentAsString());
        assertThat(answer.path("accepted").asInt()).isEqualTo(2);
        assertThat(answer.path("quarantined").asInt()).isEqualTo(1);
        assertThat(answer.path("rejected").asInt()).isEqualTo(3);
        JsonNode items = answer.path("items");
        assertThat(items.path(1).path("reason").asString()).isEqualTo("NIR_NAME_MISMATCH");
        assertThat(items.path(2).path("errors").path(0).path("code").asString()).isEqualTo("NEGATIVE_DOSE");
        assertThat(items.path(3).path("errors").path(0).path("field").asString()).isEqualTo("quantity");
        assertThat(items.path(4).path("errors").path(0).path("field").asString()).isEqualTo("valueMsv");
        assertThat(records()).isEqualTo(2);
        assertThat(jdbc.sql("select channel from dosimetry.dose_record d join registry.worker w on w.id = d.worker_id "
                + "where w.nir = ? limit 1").param(worker.nir).query(String.class).single()).isEqualTo("API_BATCH");
    }

    @Test
    void aBatchWithAnotherLabsRecordIsRefusedAsAWhole() throws Exception {
        String body = "[" + json(record()) + "," + json(with(record(), "originatorId", q("LAB-2"))) + "]";
        assertThat(send("/api/v1/dose-records/batch", body, null).getStatus()).isEqualTo(403);
        assertThat(records()).isZero();
    }

    @Test
    void aBatchThatIsNotAnArrayOrTooLongIsRefused() throws Exception {
        assertThat(send("/api/v1/dose-records/batch", json(record()), null).getStatus()).isEqualTo(400);
        assertThat(send("/api/v1/dose-records/batch", "[]", null).getStatus()).isEqualTo(400);
        String tooMany = "[" + String.join(",", java.util.Collections.nCopies(5_001, "{}")) + "]";
        var response = send("/api/v1/dose-records/batch", tooMany, null);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("TOO_MANY_RECORDS");
    }
}
