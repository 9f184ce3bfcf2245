package fr.gouv.travail.dosiportail.dosimetry;

import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.lab;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.q;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.RegistryFixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A line that repeats an earlier line of the same file (same dosimeter, period and quantity) is answered
 * DUPLICATE_LINE naming the first line, across chunks, whether the file's keys still fit in memory (the first three
 * here) or are kept in the database beyond it; the first line is stored once and nothing is left behind.
 */
@SpringBootTest(properties = {"dosiportail.dose-files.chunk-lines=3", "dosiportail.dose-files.line-keys-in-memory=3"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RepeatedLinesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistryDeclarations declarations;

    @Test
    void repeatedLinesNameTheirFirstLineInMemoryAndBeyondIt() throws Exception {
        var site = new RegistryFixtures(declarations).aCompany().anEstablishment().declare();
        var worker = site.aWorker().classifiedA().declare();
        List<Map<String, String>> distinct = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            distinct.add(DoseRecords.record(worker, site.siret, "REP-" + UUID.randomUUID()));
        }
        // line 1 is the header; keys 0–2 fit in memory, keys 3–5 go to the database
        List<Map<String, String>> lines = List.of(
                distinct.get(0), distinct.get(1), distinct.get(2),            // lines 2–4
                distinct.get(3), distinct.get(0), distinct.get(4),            // 5, 6 = line 2, 7
                with(distinct.get(3), "valueMsv", "0.9"), distinct.get(5),    // 8 = line 5 (another value), 9
                distinct.get(2), distinct.get(5), distinct.get(5));           // 10 = 4, 11 = 9, 12 = 9
        String csv = DoseFileLines.csv(';', lines);
        var response = mvc.perform(post("/api/v1/dose-files").contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8)).with(lab(DoseRecords.LAB))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(202);
        String id = JsonMapper.shared().readTree(response.getContentAsString()).path("id").asString();
        JsonNode done = DoseFileLines.awaitFinished(mvc, id, lab(DoseRecords.LAB));
        assertThat(done.path("status").asString()).isEqualTo("DONE");
        assertThat(done.path("accepted").asLong()).isEqualTo(6);
        assertThat(done.path("rejected").asLong()).isEqualTo(5);

        JsonNode report = JsonMapper.shared().readTree(mvc.perform(get("/api/v1/dose-files/" + id + "/report")
                .with(lab(DoseRecords.LAB))).andReturn().getResponse().getContentAsString());
        Map<Long, String> byLine = new LinkedHashMap<>();
        for (JsonNode l : report.path("lines")) {
            byLine.put(l.path("line").asLong(), l.path("code").asString() + " " + l.path("message_en").asString());
        }
        assertThat(byLine).containsExactly(
                Map.entry(6L, "DUPLICATE_LINE Same dosimeter, period and quantity as line 2 of the file."),
                Map.entry(8L, "DUPLICATE_LINE Same dosimeter, period and quantity as line 5 of the file."),
                Map.entry(10L, "DUPLICATE_LINE Same dosimeter, period and quantity as line 4 of the file."),
                Map.entry(11L, "DUPLICATE_LINE Same dosimeter, period and quantity as line 9 of the file."),
                Map.entry(12L, "DUPLICATE_LINE Same dosimeter, period and quantity as line 9 of the file."));
        assertThat(jdbc.sql("select count(*) from dosimetry.dose_record where submission_id = ?::uuid").param(id)
                .query(Long.class).single()).isEqualTo(6);
        assertThat(jdbc.sql("select count(*) from dosimetry.dose_file_line_key where file_id = ?::uuid").param(id)
                .query(Long.class).single()).as("the keys kept in the database go with the file").isZero();
    }
}
