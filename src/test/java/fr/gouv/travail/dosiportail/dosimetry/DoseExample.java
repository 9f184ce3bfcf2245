package fr.gouv.travail.dosiportail.dosimetry;

import static fr.gouv.travail.dosiportail.dosimetry.DoseHistoryApiTest.period;
import static fr.gouv.travail.dosiportail.dosimetry.DoseHistoryApiTest.send;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.q;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.with;
import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.registry.RegistryFixtures;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-computed example of docs/rules/effective-dose.md: a worker employed since 2024-01-01, summary at
 * 2025-06-30 (rolling window 2024-07-01..2025-06-30, year 2025-01-01..2025-06-30). Results sent through the real API,
 * versions and the rest by SQL:
 * <pre>
 * a  Hp(10) 2025-01  0.25                       (API)
 * b  Hp(10) 2025-02  M, threshold 0.05          (API)
 * c  Hp(10) 2024-06-01..08-31 0.92, straddles the rolling start: 62/92 days inside → pro-rata 0.62 (API)
 * d  Hp(10) 2025-03  1.00, then cancelled (v2)  (API + SQL)
 * e  Hp(10) 2025-04  0.40, corrected to 0.30    (API + SQL)
 * f  Hp(10) 2025-05  no result                  (API)
 * g  E(50)  2025-04  0.10 radiotoxicology       (SQL)
 * h  Hp(0.07) extremity 2025-01 5.00            (SQL)
 * i  Hp(10) 2025-06-15..07-14 0.30, straddles the end: 16/30 days → pro-rata 0.16 (API)
 * j  Hp(10) 2023-03 2.00 (before this employment) (SQL)
 * </pre>
 */
final class DoseExample {

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final RegistryFixtures given;
    RegistryFixtures.EstablishmentBuilder site;
    RegistryFixtures.WorkerBuilder declared;
    String nir;
    UUID worker;
    UUID establishment;
    UUID a, b, c, dV1, dV2, eV1, eV2, f, g, h, i, j;
    DoseRows rows;

    DoseExample(MockMvc mvc, JdbcClient jdbc, RegistryFixtures given) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.given = given;
    }

    DoseExample build() throws Exception {
        site = given.aCompany().anEstablishment().declare();
        declared = site.aWorker().classifiedA().declare();
        nir = declared.nir;
        rows = new DoseRows(jdbc);
        UUID[] ids = rows.ids(nir);
        worker = ids[0];
        establishment = ids[1];
        a = api(record("2025-01-01", "2025-01-31"));
        b = api(with(with(with(record("2025-02-01", "2025-02-28"), "belowThreshold", "true"), "valueMsv", "0"),
                "thresholdMsv", "0.05"));
        c = api(with(record("2024-06-01", "2024-08-31"), "valueMsv", "0.92"));
        dV1 = api(with(record("2025-03-01", "2025-03-31"), "valueMsv", "1.00"));
        dV2 = rows.revise(dV1, null, "Dosimètre porté par un autre travailleur", true);
        eV1 = api(with(record("2025-04-01", "2025-04-30"), "valueMsv", "0.40"));
        eV2 = rows.revise(eV1, "0.30", "Erreur de lecture du dosimètre", false);
        f = api(with(with(record("2025-05-01", "2025-05-31"), "valueMsv", "null"), "resultStatus", q("NO_RESULT")));
        g = rows.row(worker, establishment).kind("INTERNAL_RADIOTOXICOLOGY", "E50", null)
                .period("2025-04-01", "2025-04-30").value("0.10").insert();
        h = rows.row(worker, establishment).kind("EXTERNAL_PASSIVE", "HP007", "EXTREMITY")
                .period("2025-01-01", "2025-01-31").value("5.00").insert();
        i = api(with(record("2025-06-15", "2025-07-14"), "valueMsv", "0.30"));
        j = rows.row(worker, establishment).period("2023-03-01", "2023-03-31").value("2.00").insert();
        return this;
    }

    /** The current versions, as the history lists them (newest first; same period: by quantity code). */
    List<String> newestFirst() {
        return Stream.of(i, f, g, eV2, dV2, b, h, a, c, j).map(UUID::toString).toList();
    }

    /** A record of another worker, to try under this worker's address. */
    UUID otherWorkersRecord() throws Exception {
        var other = site.aWorker().classifiedA().declare();
        UUID[] ids = rows.ids(other.nir);
        return rows.row(ids[0], ids[1]).insert();
    }

    private Map<String, String> record(String from, String to) {
        return period(DoseRecords.record(declared, site.siret, "DOS-" + UUID.randomUUID()), from, to);
    }

    private UUID api(Map<String, String> record) throws Exception {
        String body = mvc.perform(send(record)).andReturn().getResponse().getContentAsString();
        JsonNode item = JsonMapper.shared().readTree(body).path("items").path(0);
        assertThat(item.path("outcome").asString()).as(body).isEqualTo("ACCEPTED");
        return UUID.fromString(item.path("recordId").asString());
    }

    /** The figures computed by hand in docs/rules/effective-dose.md, for a reader who sees everything. */
    static void assertSummary(JsonNode s) {
        assertThat(s.path("at").asString()).isEqualTo("2025-06-30");
        assertThat(s.path("countOperational").asBoolean()).isFalse();
        window(s.path("rolling12Months"), "2024-07-01", "1.870", "1.920", "1.430", "1.770", "0.100", 7, 1, 2, 1);
        window(s.path("calendarYear"), "2025-01-01", "0.950", "1.000", "0.810", "0.850", "0.100", 6, 1, 1, 1);
        window(s.path("career"), null, "3.870", "3.920", "3.730", "3.770", "0.100", 8, 1, 1, 1);
        assertThat(s.path("rolling12Months").path("hp007Msv").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(s.path("rolling12Months").path("hp3Msv").decimalValue()).isEqualByComparingTo("0");
        assertThat(s.path("missingResults").size()).isEqualTo(1);
        JsonNode missing = s.path("missingResults").get(0);
        assertThat(missing.path("periodStart").asString()).isEqualTo("2025-05-01");
        assertThat(missing.path("periodEnd").asString()).isEqualTo("2025-05-31");
        assertThat(missing.path("quantity").asString()).isEqualTo("HP10");
        assertThat(missing.path("dosimeterId").asString()).startsWith("DOS-");
        assertThat(missing.path("originatorId").asString()).isEqualTo(DoseRecords.LAB);
        assertThat(UUID.fromString(missing.path("recordId").asString())).isNotNull();
    }

    private static void window(JsonNode w, String from, String effective, String upper, String proRata,
                               String external, String internal, long records, long m, long straddling, long missing) {
        assertThat(w.path("from").isNull() || w.path("from").isMissingNode() ? null : w.path("from").asString())
                .isEqualTo(from);
        assertThat(w.path("to").asString()).isEqualTo("2025-06-30");
        assertThat(w.path("effectiveDoseMsv").decimalValue()).as("effective").isEqualByComparingTo(effective);
        assertThat(w.path("upperBoundMsv").decimalValue()).as("upper bound").isEqualByComparingTo(upper);
        assertThat(w.path("proRataMsv").decimalValue()).as("pro-rata").isEqualByComparingTo(proRata);
        assertThat(w.path("components").path("EXTERNAL").decimalValue()).as("external").isEqualByComparingTo(external);
        assertThat(w.path("components").path("INTERNAL").decimalValue()).as("internal").isEqualByComparingTo(internal);
        assertThat(w.path("recordCount").asLong()).as("records").isEqualTo(records);
        assertThat(w.path("belowThresholdCount").asLong()).as("M").isEqualTo(m);
        assertThat(w.path("straddlingCount").asLong()).as("straddling").isEqualTo(straddling);
        assertThat(w.path("missingResultCount").asLong()).as("missing").isEqualTo(missing);
    }
}
