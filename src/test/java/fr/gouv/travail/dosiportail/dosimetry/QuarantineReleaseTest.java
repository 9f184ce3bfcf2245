package fr.gouv.travail.dosiportail.dosimetry;

import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.json;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.lab;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.RegistryFixtures;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quarantined records are released by themselves once the référentiel is fixed: declaring the worker publishes
 * ReferentialChanged, whose listener re-submits the waiting entries through collection. Still unmatched entries keep
 * waiting with the new reason. Labs list only their own entries; an entry can be retried by hand.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class QuarantineReleaseTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistryDeclarations declarations;

    RegistryFixtures.EstablishmentBuilder site;

    @BeforeEach
    void anEstablishment() {
        site = new RegistryFixtures(declarations).aCompany().anEstablishment().declare();
    }

    private UUID quarantined(RegistryFixtures.WorkerBuilder worker, String lab) throws Exception {
        Map<String, String> record = DoseRecords.record(worker, site.siret, "DOS-" + UUID.randomUUID());
        record.put("originatorId", DoseRecords.q(lab));
        // the NIR as a lab may write it, with spaces: found again in its canonical form
        record.put("nir", DoseRecords.q(worker.nir.substring(0, 1) + " " + worker.nir.substring(1)));
        var response = mvc.perform(post("/api/v1/dose-records").contentType(MediaType.APPLICATION_JSON)
                .content(json(record)).with(lab(lab))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(202);
        return UUID.fromString(JsonMapper.shared().readTree(response.getContentAsString()).path("items").path(0)
                .path("quarantineId").asString());
    }

    private Map<String, Object> entry(UUID id) {
        return jdbc.sql("select reason_code, released_at, released_record_id from dosimetry.quarantine where id = ?")
                .param(id).query().singleRow();
    }

    /** The listener runs after the declaring transaction commits, on another thread: wait for its outcome. */
    private Map<String, Object> awaitEntry(UUID id, Predicate<Map<String, Object>> done) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Map<String, Object> row = entry(id);
            if (done.test(row)) {
                return row;
            }
            Thread.sleep(50);
        }
        return entry(id);
    }

    @Test
    void aRecordQuarantinedForAnUnknownNirIsReleasedOnceTheWorkerIsDeclared() throws Exception {
        RegistryFixtures.WorkerBuilder newcomer = site.aWorker().named("Durand", "Paul").classifiedA();
        UUID waiting = quarantined(newcomer, DoseRecords.LAB);
        assertThat(entry(waiting).get("reason_code")).isEqualTo("UNKNOWN_NIR");

        newcomer.declare();

        Map<String, Object> row = awaitEntry(waiting, r -> r.get("released_at") != null);
        assertThat(row.get("released_at")).isNotNull();
        UUID recordId = (UUID) row.get("released_record_id");
        var record = jdbc.sql("select r.receipt_number = s.receipt_number as same_receipt, r.originator_id"
                        + " from dosimetry.dose_record r join dosimetry.quarantine q on q.released_record_id = r.id"
                        + " join dosimetry.submission s on s.id = q.submission_id where r.id = ?")
                .param(recordId).query().singleRow();
        assertThat(record.get("same_receipt")).isEqualTo(true);
        assertThat(record.get("originator_id")).isEqualTo(DoseRecords.LAB);
        assertThat(jdbc.sql("select on_behalf_of from journal.entry where resource = ?")
                .param("dosimetry.dose_record/" + recordId).query(String.class).single()).contains(DoseRecords.LAB);
    }

    @Test
    void aRecordStillUnmatchedKeepsWaitingWithTheNewReason() throws Exception {
        RegistryFixtures.WorkerBuilder notClassified = site.aWorker().named("Petit", "Lucie");
        UUID waiting = quarantined(notClassified, DoseRecords.LAB);

        notClassified.declare();

        Map<String, Object> row = awaitEntry(waiting, r -> "WORKER_NOT_CLASSIFIED".equals(r.get("reason_code")));
        assertThat(row.get("reason_code")).isEqualTo("WORKER_NOT_CLASSIFIED");
        assertThat(row.get("released_at")).isNull();
    }

    @Test
    void aLabListsOnlyItsOwnEntriesAndTheOperatorRetriesOne() throws Exception {
        UUID mine = quarantined(site.aWorker().named("Leroy", "Marc"), "LAB-Q1");
        UUID theirs = quarantined(site.aWorker().named("Roux", "Anne"), "LAB-Q2");
        String list = mvc.perform(get("/api/v1/quarantine").param("size", "500").with(lab("LAB-Q1")))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains(mine.toString()).doesNotContain(theirs.toString());
        JsonNode page = JsonMapper.shared().readTree(list);
        assertThat(page.path("total").asLong()).isEqualTo(1);
        assertThat(mvc.perform(post("/api/v1/quarantine/" + theirs + "/retry").with(lab("LAB-Q1"))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        var retried = mvc.perform(post("/api/v1/quarantine/" + theirs + "/retry").with(operator())).andReturn()
                .getResponse();
        assertThat(retried.getStatus()).isEqualTo(200);
        assertThat(retried.getContentAsString()).contains("QUARANTINED").contains("UNKNOWN_NIR");
        assertThat(jdbc.sql("select attempts from dosimetry.quarantine where id = ?").param(theirs)
                .query(Integer.class).single()).isEqualTo(1);
    }
}
