package fr.gouv.travail.dosiportail.dosimetry;

import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.lab;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.q;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.gouv.travail.dosiportail.core.Sex;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.RegistryFixtures;
import fr.gouv.travail.dosiportail.registry.TestIds;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dose files end to end through the API: each bad line answered with its line, field and reason, nothing stored
 * twice, a lab sees only its own files, and whole-file refusals (encoding, empty, header, size).
 */
@SpringBootTest(properties = "dosiportail.dose-files.max-size=64KB")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DoseFileTest {

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

    private MockHttpServletResponse send(String contentType, byte[] body, String key) throws Exception {
        var request = post("/api/v1/dose-files").contentType(contentType).content(body).with(lab(DoseRecords.LAB));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static JsonNode body(MockHttpServletResponse response) throws Exception {
        return JsonMapper.shared().readTree(response.getContentAsString());
    }

    private long files() {
        return jdbc.sql("select count(*) from dosimetry.dose_file").query(Long.class).single();
    }

    private long records() {
        return jdbc.sql("select count(*) from dosimetry.dose_record d join registry.worker w on w.id = d.worker_id "
                + "where w.nir = ?").param(worker.nir).query(Long.class).single();
    }

    @Test
    void everyBadLineOfACsvFileIsReportedWithItsLineFieldAndReasonAndTheGoodOnesAreStored() throws Exception {
        Map<String, String> good = record();
        String wrongKeyNir = worker.nir.substring(0, 13) + (worker.nir.endsWith("01") ? "02" : "01");
        String future = LocalDate.now().plusMonths(2).toString();
        List<Map<String, String>> lines = new ArrayList<>(List.of(
                good,                                                            // line 2
                with(record(), "lastName", q("Inconnu")),                         // 3 quarantined
                with(record(), "valueMsv", "-1"),                                 // 4
                with(record(), "valueMsv", "0.0001"),                             // 5
                with(record(), "valueMsv", "5000000000"),                         // 6
                with(with(record(), "periodStart", q("2025-02-10")), "periodEnd", q("2025-02-01")), // 7
                with(with(record(), "periodStart", q(LocalDate.now().toString())), "periodEnd", q(future)), // 8
                with(with(record(), "periodStart", q("2024-01-01")), "periodEnd", q("2024-06-30")), // 9
                with(record(), "nir", q(wrongKeyNir)),                            // 10
                with(record(), "quantity", q("HP99")),                            // 11
                good,                                                             // 12 duplicate of line 2
                with(record(), "valueMsv", "beaucoup"),                           // 13
                with(record(), "originatorId", q("LAB-2")),                       // 14
                with(record(), "valueMsv", "0,5")));                              // 15 decimal comma: accepted
        var response = send("text/csv", DoseFileLines.csv(';', lines).getBytes(StandardCharsets.UTF_8), null);
        assertThat(response.getStatus()).isEqualTo(202);
        JsonNode receipt = body(response);
        String id = receipt.path("id").asString();
        assertThat(response.getHeader("Location")).isEqualTo("/api/v1/dose-files/" + id);
        assertThat(receipt.path("receiptNumber").asString()).startsWith("DOS-");
        assertThat(receipt.path("linesTotal").asLong()).isEqualTo(14);

        JsonNode done = DoseFileLines.awaitFinished(mvc, id, lab(DoseRecords.LAB));
        assertThat(done.path("status").asString()).isEqualTo("DONE");
        assertThat(done.path("linesRead").asLong()).isEqualTo(14);
        assertThat(done.path("accepted").asLong()).isEqualTo(2);
        assertThat(done.path("quarantined").asLong()).isEqualTo(1);
        assertThat(done.path("rejected").asLong()).isEqualTo(11);
        assertThat(done.path("progressPercent").asInt()).isEqualTo(100);
        assertThat(records()).isEqualTo(2);

        JsonNode report = body(mvc.perform(get("/api/v1/dose-files/" + id + "/report").with(lab(DoseRecords.LAB)))
                .andReturn().getResponse());
        Map<Long, String> firstCodeByLine = new LinkedHashMap<>();
        Map<Long, String> firstFieldByLine = new LinkedHashMap<>();
        for (JsonNode l : report.path("lines")) {
            firstCodeByLine.putIfAbsent(l.path("line").asLong(), l.path("code").asString());
            firstFieldByLine.putIfAbsent(l.path("line").asLong(), l.path("field").asString());
            assertThat(l.path("message").asString()).isNotBlank();
            assertThat(l.path("message_en").asString()).isNotBlank();
        }
        assertThat(firstCodeByLine).containsExactly(
                Map.entry(3L, "NIR_NAME_MISMATCH"), Map.entry(4L, "NEGATIVE_DOSE"), Map.entry(5L, "TOO_MANY_DECIMALS"),
                Map.entry(6L, "OUT_OF_RANGE"), Map.entry(7L, "END_BEFORE_START"), Map.entry(8L, "PERIOD_IN_FUTURE"),
                Map.entry(9L, "PASSIVE_PERIOD_TOO_LONG"), Map.entry(10L, "INVALID_NIR"), Map.entry(11L, "UNKNOWN_CODE"),
                Map.entry(12L, "DUPLICATE_LINE"), Map.entry(13L, "NOT_A_NUMBER"), Map.entry(14L, "NOT_YOUR_ORIGINATOR"));
        assertThat(firstFieldByLine.get(11L)).isEqualTo("quantity");
        assertThat(firstFieldByLine.get(13L)).isEqualTo("valueMsv");
        assertThat(report.path("lines").toString()).contains("ligne 2").doesNotContain(worker.nir);

        var csv = mvc.perform(get("/api/v1/dose-files/" + id + "/report.csv").with(lab(DoseRecords.LAB)))
                .andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        String text = csv.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFligne;resultat;champ;code;message;message_en\r\n")
                .contains("\r\n3;QUARANTINED;;NIR_NAME_MISMATCH;", "\r\n11;REJECTED;quantity;UNKNOWN_CODE;");
    }

    @Test
    void aJsonLinesFileSentTwiceAnswersTheSameReceiptAndStoresNothingTwice() throws Exception {
        String file = DoseFileLines.jsonLines(List.of(record(), record(), with(record(), "lastName", q("Autre"))));
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        JsonNode first = body(send("application/x-ndjson", bytes, null));
        DoseFileLines.awaitFinished(mvc, first.path("id").asString(), lab(DoseRecords.LAB));
        var again = send("application/x-ndjson", bytes, null);
        assertThat(again.getStatus()).isEqualTo(202);
        assertThat(body(again).path("receiptNumber").asString()).isEqualTo(first.path("receiptNumber").asString());
        assertThat(body(again).path("id").asString()).isEqualTo(first.path("id").asString());
        var multipartAgain = mvc.perform(multipart("/api/v1/dose-files")
                .file(new MockMultipartFile("file", "resultats.jsonl", "application/octet-stream", bytes))
                .with(lab(DoseRecords.LAB))).andReturn().getResponse();
        assertThat(body(multipartAgain).path("id").asString()).isEqualTo(first.path("id").asString());
        assertThat(records()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from dosimetry.quarantine q join dosimetry.dose_file f "
                + "on f.id = q.submission_id where f.id = ?::uuid").param(first.path("id").asString())
                .query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from dosimetry.dose_file where sha256 = ?")
                .param(first.path("sha256").asString()).query(Long.class).single()).isOne();
    }

    @Test
    void theSameIdempotencyKeyWithAnotherFileIsAConflict() throws Exception {
        String key = UUID.randomUUID().toString();
        byte[] one = DoseFileLines.jsonLines(List.of(record())).getBytes(StandardCharsets.UTF_8);
        byte[] other = DoseFileLines.jsonLines(List.of(record())).getBytes(StandardCharsets.UTF_8);
        JsonNode first = body(send("application/x-ndjson", one, key));
        assertThat(body(send("application/x-ndjson", one, key)).path("id")).isEqualTo(first.path("id"));
        var conflict = send("application/x-ndjson", other, key);
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(conflict.getContentAsString()).contains("problemes/conflit");
    }

    @Test
    void aTokenOfOneLabUsedOnAnotherLabsFileGetsWhatAnUnknownIdGets() throws Exception {
        JsonNode mine = body(send("application/x-ndjson",
                DoseFileLines.jsonLines(List.of(record())).getBytes(StandardCharsets.UTF_8), null));
        String id = mine.path("id").asString();
        for (String path : List.of("", "/report", "/report.csv")) {
            var other = mvc.perform(get("/api/v1/dose-files/" + id + path).with(lab("LAB-2"))).andReturn().getResponse();
            var unknown = mvc.perform(get("/api/v1/dose-files/" + UUID.randomUUID() + path).with(lab("LAB-2")))
                    .andReturn().getResponse();
            assertThat(other.getStatus()).as(path).isEqualTo(404);
            assertThat(body(other).path("detail")).isEqualTo(body(unknown).path("detail"));
            assertThat(body(other).path("type")).isEqualTo(body(unknown).path("type"));
        }
        assertThat(body(mvc.perform(get("/api/v1/dose-files").with(lab("LAB-2"))).andReturn().getResponse()).toString())
                .doesNotContain(id);
        assertThat(mvc.perform(get("/api/v1/dose-files/" + id).with(DoseRecords.operator())).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
    }

    @Test
    void aFileInWindows1252IsRefusedNamingItsFirstBadLine() throws Exception {
        String csv = DoseFileLines.csv(';', List.of(record(), with(record(), "lastName", q("Lefèvre"))));
        long before = files();
        var response = send("text/csv", csv.getBytes(java.nio.charset.Charset.forName("windows-1252")), null);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response).path("detail").asString()).contains("ligne 3", "Windows-1252", "UTF-8");
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void emptyFilesHeaderOnlyFilesAndBadHeadersAreRefusedWhole() throws Exception {
        long before = files();
        String header = DoseFileLines.csv(';', List.of(record())).lines().findFirst().orElseThrow();
        assertThat(send("text/csv", new byte[0], null).getStatus()).isEqualTo(400);
        assertThat(send("text/csv", "\n \r\n".getBytes(StandardCharsets.UTF_8), null).getContentAsString())
                .contains("fichier-vide");
        var headerOnly = send("text/csv", ("\uFEFF" + header + "\r\n").getBytes(StandardCharsets.UTF_8), null);
        assertThat(body(headerOnly).path("detail").asString()).contains("que la ligne d’en-tête");
        var badHeader = send("text/csv", (header.replace("dosimeterId", "dosimetre") + "\n1;2\n")
                .getBytes(StandardCharsets.UTF_8), null);
        assertThat(badHeader.getStatus()).isEqualTo(400);
        assertThat(body(badHeader).path("detail").asString()).contains("Colonnes inconnues : dosimetre",
                "Colonnes obligatoires absentes : dosimeterId");
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWith413AndLeavesNothingBehind() throws Exception {
        StringBuilder big = new StringBuilder(DoseFileLines.csv(',', List.of(record())));
        while (big.length() <= 64 * 1024) {
            big.append(big.substring(big.indexOf("\n") + 1));
        }
        long before = files();
        var response = send("text/csv", big.toString().getBytes(StandardCharsets.UTF_8), null);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("trop-volumineux");
        var streamed = mvc.perform(multipart("/api/v1/dose-files").file(new MockMultipartFile("file", "big.csv",
                "text/csv", big.toString().getBytes(StandardCharsets.UTF_8))).with(lab(DoseRecords.LAB)))
                .andReturn().getResponse();
        assertThat(streamed.getStatus()).isEqualTo(413);
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void anEmployerMayNotSendFiles() throws Exception {
        var employer = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .jwt().authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_EMPLOYER"))
                .jwt(j -> j.subject("e").claim("actor_kind", "EMPLOYER").claim("siren", site.company.siren));
        assertThat(mvc.perform(post("/api/v1/dose-files").contentType("text/csv").content("a;b\n1;2\n").with(employer))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(TestIds.nir(Sex.F, 1990, 1, 1)).hasSize(15);
    }
}
