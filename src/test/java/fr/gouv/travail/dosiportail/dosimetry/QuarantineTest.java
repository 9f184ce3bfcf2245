package fr.gouv.travail.dosiportail.dosimetry;

import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.json;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.lab;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.q;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.gouv.travail.dosiportail.core.Sex;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.RegistryFixtures;
import fr.gouv.travail.dosiportail.registry.TestIds;
import java.util.Map;
import java.util.UUID;
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

/** A record that cannot be matched to the référentiel is kept in quarantine with its reason, never dropped. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class QuarantineTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistryDeclarations declarations;

    RegistryFixtures.EstablishmentBuilder site;
    RegistryFixtures.WorkerBuilder classified;
    RegistryFixtures.WorkerBuilder notClassified;

    @BeforeEach
    void workers() {
        site = new RegistryFixtures(declarations).aCompany().anEstablishment().declare();
        classified = site.aWorker().named("Dupont", "Jeanne Marie").classifiedA().declare();
        notClassified = site.aWorker().named("Martin", "Luc").declare();
    }

    private Map<String, String> record(RegistryFixtures.WorkerBuilder worker) {
        return DoseRecords.record(worker, site.siret, "DOS-" + UUID.randomUUID());
    }

    private UUID quarantined(Map<String, String> record, QuarantineReason reason) throws Exception {
        var response = mvc.perform(post("/api/v1/dose-records").contentType(MediaType.APPLICATION_JSON)
                .content(json(record)).with(lab(DoseRecords.LAB))).andReturn().getResponse();
        assertThat(response.getStatus()).as(reason.name()).isEqualTo(202);
        JsonNode item = JsonMapper.shared().readTree(response.getContentAsString()).path("items").path(0);
        assertThat(item.path("outcome").asString()).isEqualTo("QUARANTINED");
        assertThat(item.path("reason").asString()).isEqualTo(reason.name());
        UUID id = UUID.fromString(item.path("quarantineId").asString());
        var row = jdbc.sql("select reason_code, raw_record->>'dosimeterId' as dosimeter, released_at from dosimetry.quarantine where id = ?")
                .param(id).query().singleRow();
        assertThat(row.get("reason_code")).isEqualTo(reason.name());
        assertThat(row.get("dosimeter")).isEqualTo(record.get("dosimeterId").replace("\"", ""));
        assertThat(row.get("released_at")).isNull();
        assertThat(response.getContentAsString()).doesNotContain(record.get("nir").replace("\"", ""));
        return id;
    }

    @Test
    void aNirTheReferentielDoesNotKnowIsQuarantined() throws Exception {
        quarantined(with(record(classified), "nir", q(TestIds.nir(Sex.M, 1970, 3, TestIds.next()))),
                QuarantineReason.UNKNOWN_NIR);
    }

    @Test
    void aNameThatDoesNotMatchTheNirIsQuarantined() throws Exception {
        quarantined(with(record(classified), "lastName", q("Durand")), QuarantineReason.NIR_NAME_MISMATCH);
        quarantined(with(record(classified), "firstName", q("Paul")), QuarantineReason.NIR_NAME_MISMATCH);
    }

    @Test
    void theSameUnmatchedRecordSentTwiceWaitsOnceInQuarantine() throws Exception {
        Map<String, String> record = with(record(classified), "lastName", q("Durand"));
        UUID first = quarantined(record, QuarantineReason.NIR_NAME_MISMATCH);
        assertThat(quarantined(record, QuarantineReason.NIR_NAME_MISMATCH)).isEqualTo(first);
        assertThat(quarantined(with(record, "valueMsv", "0.4"), QuarantineReason.NIR_NAME_MISMATCH)).isNotEqualTo(first);
    }

    @Test
    void anUnknownSiretIsQuarantined() throws Exception {
        quarantined(with(record(classified), "siret", q(TestIds.siret(site.company.siren, 9998))),
                QuarantineReason.UNKNOWN_SIRET);
    }

    @Test
    void aPeriodOutsideEveryEmploymentAtTheEstablishmentIsQuarantined() throws Exception {
        quarantined(with(with(record(classified), "periodStart", q("2023-01-01")), "periodEnd", q("2023-01-31")),
                QuarantineReason.NO_EMPLOYMENT_AT_DATE);
    }

    @Test
    void aNonClassifiedWorkersDoseIsQuarantinedSince2024ButRadonIsRecorded() throws Exception {
        quarantined(record(notClassified), QuarantineReason.WORKER_NOT_CLASSIFIED);
        int status = mvc.perform(post("/api/v1/dose-records").contentType(MediaType.APPLICATION_JSON)
                .content(json(with(with(record(notClassified), "quantity", q("RADON")), "monitoringKind", q("RADON"))))
                .with(lab(DoseRecords.LAB))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(201);
    }

    @Test
    void aNonClassifiedWorkersDoseOfBefore2024IsStillRecorded() throws Exception {
        RegistryFixtures.WorkerBuilder earlier = site.aWorker().named("Bernard", "Anne");
        earlier.start = java.time.LocalDate.of(2023, 1, 1);
        earlier.declare();
        var before2024 = with(with(record(earlier), "periodStart", q("2023-06-01")), "periodEnd", q("2023-06-30"));
        int status = mvc.perform(post("/api/v1/dose-records").contentType(MediaType.APPLICATION_JSON)
                .content(json(before2024)).with(lab(DoseRecords.LAB))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(201);
        quarantined(record(earlier), QuarantineReason.WORKER_NOT_CLASSIFIED);
    }
}
