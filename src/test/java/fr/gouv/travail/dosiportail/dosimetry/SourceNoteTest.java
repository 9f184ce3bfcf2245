package fr.gouv.travail.dosiportail.dosimetry;

import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.json;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.q;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.with;
import static fr.gouv.travail.dosiportail.dosimetry.RevisionTest.FIXTURE_RPPS;
import static fr.gouv.travail.dosiportail.dosimetry.RevisionTest.mdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.RegistryFixtures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
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

/**
 * The source note: required (with its own code, naming the field) for a result from no accredited body, stored apart
 * from the dosimeter identifier, carried over by a correction unless replaced, and shown in the history (JSON, CSV).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SourceNoteTest {

    private static final String NOTE = "Dosimétrie belge ; rapport n° 2025-114, \"reconstitution\"";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistryDeclarations declarations;

    RegistryFixtures.EstablishmentBuilder site;
    RegistryFixtures.WorkerBuilder patient;
    UUID workerId;

    @BeforeEach
    void aWorkerTheMdtFollows() {
        site = new RegistryFixtures(declarations).aCompany().anEstablishment().declare();
        site.designatePhysician(LocalDate.of(2024, 1, 1));
        patient = site.aWorker().named("Dupont", "Jeanne").classifiedA().declare();
        workerId = jdbc.sql("select worker_id from registry.employment where id = ?").param(patient.employmentId)
                .query(UUID.class).single();
    }

    private Map<String, String> foreignResult(String dosimeter) {
        var r = with(with(with(DoseRecords.record(patient, site.siret, dosimeter), "originatorKind",
                q("OCCUPATIONAL_PHYSICIAN")), "originatorId", q(FIXTURE_RPPS)), "monitoringKind",
                q("MDT_NON_ACCREDITED_SOURCE"));
        return with(r, "quantity", q("HP10"));
    }

    private MockHttpServletResponse post(String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(body).with(mdt(FIXTURE_RPPS))).andReturn().getResponse();
    }

    private static JsonNode body(MockHttpServletResponse r) throws Exception {
        return JsonMapper.shared().readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aResultFromNoAccreditedBodyWithoutASourceNoteIsRefusedNamingTheFieldInFrenchAndEnglish() throws Exception {
        for (String note : new String[] {null, q("   ")}) {
            var record = foreignResult("REFUSED-" + UUID.randomUUID());
            var answer = post("/api/v1/dose-records", json(note == null ? record : with(record, "sourceNote", note)));
            assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(400);
            JsonNode error = body(answer).path("errors").path(0);
            assertThat(error.path("field").asString()).isEqualTo("sourceNote");
            assertThat(error.path("code").asString()).isEqualTo("SOURCE_NOTE_REQUIRED");
            assertThat(error.toString()).contains("provenance").contains("Say where this result comes from");
        }
        assertThat(jdbc.sql("select count(*) from dosimetry.dose_record where dosimeter_id like 'REFUSED-%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSourceNoteOverFiveHundredCharactersIsTooLong() throws Exception {
        var answer = post("/api/v1/dose-records", json(with(foreignResult("MDT-1"), "sourceNote", q("x".repeat(501)))));
        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getContentAsString()).contains("\"field\":\"sourceNote\"");
    }

    @Test
    void theNoteIsStoredApartFromTheIdentifierCarriedByACorrectionAndShownInTheHistory() throws Exception {
        var stored = post("/api/v1/dose-records", json(with(foreignResult("MDT-2025-06-01-1"), "sourceNote",
                q(NOTE.replace("\"", "\\\"")))));
        assertThat(stored.getStatus()).as(stored.getContentAsString()).isEqualTo(201);
        UUID first = UUID.fromString(body(stored).path("items").path(0).path("recordId").asString());
        assertThat(jdbc.sql("select dosimeter_id || '|' || source_note from dosimetry.dose_record where id = ?")
                .param(first).query(String.class).single()).isEqualTo("MDT-2025-06-01-1|" + NOTE);

        var kept = post("/api/v1/dose-records/" + first + "/corrections",
                "{\"valueMsv\":0.3,\"resultStatus\":\"RESULT\",\"reason\":\"Dose revue\"}");
        assertThat(kept.getStatus()).as(kept.getContentAsString()).isEqualTo(201);
        UUID second = UUID.fromString(body(kept).path("recordId").asString());
        assertThat(note(second)).isEqualTo(NOTE);
        var replaced = post("/api/v1/dose-records/" + second + "/corrections",
                "{\"valueMsv\":0.3,\"resultStatus\":\"RESULT\",\"reason\":\"Rapport rectifié\","
                        + "\"sourceNote\":\"Rapport rectificatif n° 2025-120\"}");
        UUID third = UUID.fromString(body(replaced).path("recordId").asString());
        assertThat(note(third)).isEqualTo("Rapport rectificatif n° 2025-120");
        assertThat(note(second)).as("the previous version keeps its note").isEqualTo(NOTE);

        var history = mvc.perform(get("/api/v1/workers/" + workerId + "/dose-records").with(mdt(FIXTURE_RPPS)))
                .andReturn().getResponse();
        assertThat(history.getStatus()).isEqualTo(200);
        assertThat(history.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"sourceNote\":\"Rapport rectificatif n° 2025-120\"");
        var versions = mvc.perform(get("/api/v1/workers/" + workerId + "/dose-records/" + third + "/versions")
                .with(mdt(FIXTURE_RPPS))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(versions).contains("\"sourceNote\":\"Dosimétrie belge ; rapport n° 2025-114, \\\"reconstitution\\\"\"");

        String csv = mvc.perform(get("/api/v1/workers/" + workerId + "/dose-records.csv").with(mdt(FIXTURE_RPPS)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).endsWith(";Note de provenance");
        assertThat(lines[1]).endsWith(";Rapport rectificatif n° 2025-120");
    }

    private String note(UUID id) {
        return jdbc.sql("select source_note from dosimetry.dose_record where id = ?").param(id).query(String.class)
                .single();
    }
}
