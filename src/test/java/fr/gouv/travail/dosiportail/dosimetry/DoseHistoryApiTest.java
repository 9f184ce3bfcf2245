package fr.gouv.travail.dosiportail.dosimetry;

import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.q;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.RegistryFixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A worker's history and summary through the API, on one hand-computed example (DoseExample): current versions
 * newest first with provenance, paging, CSV, versions, parameters, and the summary figures of docs/rules/effective-dose.md.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DoseHistoryApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistryDeclarations declarations;

    DoseExample x;

    @BeforeEach
    void theExample() throws Exception {
        x = new DoseExample(mvc, jdbc, new RegistryFixtures(declarations)).build();
    }

    private MockHttpServletResponse read(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("X-Purpose", "Support n° 7").with(DoseRecords.operator())).andReturn()
                .getResponse();
    }

    private JsonNode json(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r = read(request);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        return JsonMapper.shared().readTree(r.getContentAsString());
    }

    private String base() {
        return "/api/v1/workers/" + x.worker + "/dose-records";
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("content").forEach(r -> ids.add(r.path("id").asString()));
        return ids;
    }

    @Test
    void theHistoryListsCurrentVersionsNewestFirstWithVersionAndProvenance() throws Exception {
        JsonNode page = json(get(base()));
        assertThat(page.path("totalElements").asLong()).isEqualTo(10);
        assertThat(page.path("size").asInt()).isEqualTo(100);
        assertThat(ids(page)).containsExactlyElementsOf(x.newestFirst());
        JsonNode corrected = page.path("content").get(3);
        assertThat(corrected.path("id").asString()).isEqualTo(x.eV2.toString());
        assertThat(corrected.path("version").asInt()).isEqualTo(2);
        assertThat(corrected.path("corrected").asBoolean()).isTrue();
        assertThat(corrected.path("valueMsv").decimalValue()).isEqualByComparingTo("0.30");
        assertThat(corrected.path("correctionReason").asString()).isEqualTo("Erreur de lecture du dosimètre");
        JsonNode cancelled = page.path("content").get(4);
        assertThat(cancelled.path("cancelled").asBoolean()).isTrue();
        assertThat(cancelled.path("corrected").asBoolean()).isFalse();
        JsonNode first = page.path("content").get(0);
        assertThat(first.path("provenance").path("originatorId").asString()).isEqualTo(DoseRecords.LAB);
        assertThat(first.path("provenance").path("channel").asString()).isEqualTo("API");
        assertThat(first.path("dosimeterId").asString()).startsWith("DOS-");
        assertThat(first.path("provenance").path("receiptNumber").asString()).startsWith("DOS-");
        assertThat(first.path("provenance").path("receivedAt").isMissingNode()).isFalse();
        assertThat(page.toString()).doesNotContain(x.nir);
    }

    @Test
    void pagesAreBoundedAndCountWhatTheWholeHistoryHolds() throws Exception {
        List<String> all = x.newestFirst();
        assertThat(ids(json(get(base()).param("size", "3").param("page", "1")))).isEqualTo(all.subList(3, 6));
        JsonNode last = json(get(base()).param("size", "3").param("page", "3"));
        assertThat(ids(last)).isEqualTo(all.subList(9, 10));
        JsonNode beyond = json(get(base()).param("size", "3").param("page", "5"));
        assertThat(ids(beyond)).isEmpty();
        assertThat(beyond.path("totalElements").asLong()).isEqualTo(10);
        assertThat(json(get(base()).param("size", "500")).path("size").asInt()).isEqualTo(500);
    }

    @Test
    void fromAndToKeepTheRecordsWhoseWearingPeriodOverlapsThem() throws Exception {
        JsonNode q1 = json(get(base()).param("from", "2025-01-01").param("to", "2025-03-31"));
        assertThat(ids(q1)).containsExactly(x.dV2.toString(), x.b.toString(), x.h.toString(), x.a.toString());
        JsonNode end = json(get(base()).param("from", "2025-07-01"));
        assertThat(ids(end)).containsExactly(x.i.toString());
    }

    @Test
    void aBadParameterIsA400ProblemNamingIt() throws Exception {
        Map<String, Map<String, String>> bad = Map.of(
                "size", Map.of("size", "501"), "page", Map.of("page", "-1"), "from", Map.of("from", "2025-13-01"),
                "to", Map.of("from", "2025-02-01", "to", "2025-01-01"));
        for (var e : bad.entrySet()) {
            MockHttpServletRequestBuilder request = get(base());
            e.getValue().forEach(request::param);
            MockHttpServletResponse r = read(request);
            assertThat(r.getStatus()).as(e.getKey()).isEqualTo(400);
            assertThat(r.getContentAsString()).as(e.getKey()).contains("\"field\":\"" + e.getKey() + "\"");
        }
        MockHttpServletResponse notANumber = read(get(base()).param("size", "cent"));
        assertThat(notANumber.getContentAsString()).contains("\"field\":\"size\"", "NOT_A_NUMBER");
        MockHttpServletResponse at = read(get("/api/v1/workers/" + x.worker + "/dose-summary").param("at", "30/06/2025"));
        assertThat(at.getStatus()).isEqualTo(400);
        assertThat(at.getContentAsString()).contains("\"field\":\"at\"");
    }

    @Test
    void everyVersionOfARecordIsReadableWithItsReasonOldestFirst() throws Exception {
        JsonNode versions = json(get(base() + "/" + x.eV1 + "/versions"));
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(0).path("valueMsv").decimalValue()).isEqualByComparingTo("0.40");
        assertThat(versions.get(1).path("previousVersionId").asString()).isEqualTo(x.eV1.toString());
        assertThat(versions.get(1).path("correctionReason").asString()).isEqualTo("Erreur de lecture du dosimètre");
        JsonNode cancelled = json(get(base() + "/" + x.dV2 + "/versions"));
        assertThat(cancelled.get(1).path("cancelled").asBoolean()).isTrue();
        assertThat(read(get(base() + "/" + UUID.randomUUID() + "/versions")).getStatus()).isEqualTo(404);
        UUID elsewhere = x.otherWorkersRecord();
        assertThat(read(get(base() + "/" + elsewhere + "/versions")).getStatus()).isEqualTo(404);
    }

    @Test
    void theCsvExportIsExcelFriendlyFrenchAndHoldsTheWholeHistory() throws Exception {
        MockHttpServletResponse r = read(get(base() + ".csv"));
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentType()).startsWith("text/csv");
        assertThat(r.getHeader("Content-Disposition")).contains("attachment", ".csv");
        byte[] bytes = r.getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String body = new String(bytes, StandardCharsets.UTF_8).substring(1);
        String[] lines = body.split("\r\n");
        assertThat(lines).hasSize(11);
        assertThat(lines[0]).startsWith("Début de période;Fin de période;Dosimètre;Grandeur;").contains("Récépissé;Reçu le");
        assertThat(lines[1]).startsWith("2025-06-15;2025-07-14;").contains(";HP10;EXTERNAL_PASSIVE;WHOLE_BODY;PHOTONS;0,300;");
        assertThat(lines[4]).startsWith("2025-04-01;2025-04-30;DOS-").contains(";HP10;").contains(";0,300;", ";2;oui;non;Erreur de lecture");
        assertThat(body).contains(";M;0,050;").contains("NO_RESULT");
        MockHttpServletResponse byAccept = read(get(base()).accept("text/csv"));
        assertThat(byAccept.getContentType()).startsWith("text/csv");
        assertThat(byAccept.getContentAsByteArray()).isEqualTo(bytes);
        MockHttpServletResponse unknown = read(get("/api/v1/workers/" + UUID.randomUUID() + "/dose-records")
                .accept("text/csv"));
        assertThat(unknown.getStatus()).isEqualTo(404);
    }

    @Test
    void theSummaryFollowsTheRuleOnTheHandComputedExample() throws Exception {
        JsonNode s = json(get("/api/v1/workers/" + x.worker + "/dose-summary").param("at", "2025-06-30"));
        DoseExample.assertSummary(s);
    }

    @Test
    void eachReadIsJournaledOnceForTheWorkerWithTheOperatorsPurpose() throws Exception {
        long before = journal();
        read(get(base()).param("size", "2"));
        read(get(base() + ".csv"));
        read(get("/api/v1/workers/" + x.worker + "/dose-summary"));
        assertThat(journal()).isEqualTo(before + 3);
        assertThat(jdbc.sql("""
                        select data_kind || ' ' || purpose from journal.entry where worker_id = ? and action = 'READ'
                        order by id desc limit 3""").param(x.worker).query(String.class).list())
                .containsExactly("EFFECTIVE_DOSE Support n° 7", "INTERNAL_DOSE Support n° 7",
                        "EXTERNAL_DOSE Support n° 7");
    }

    @Test
    void theOperatorMustStateAPurpose() throws Exception {
        var r = mvc.perform(get(base()).with(DoseRecords.operator())).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentAsString()).contains("\"field\":\"purpose\"");
    }

    private long journal() {
        return jdbc.sql("select count(*) from journal.entry where worker_id = ? and action = 'READ'").param(x.worker)
                .query(Long.class).single();
    }

    static MockHttpServletRequestBuilder send(Map<String, String> record) {
        return post("/api/v1/dose-records").contentType(MediaType.APPLICATION_JSON).content(DoseRecords.json(record))
                .with(DoseRecords.lab(DoseRecords.LAB));
    }

    static Map<String, String> period(Map<String, String> r, String from, String to) {
        return with(with(r, "periodStart", q(from)), "periodEnd", q(to));
    }
}
