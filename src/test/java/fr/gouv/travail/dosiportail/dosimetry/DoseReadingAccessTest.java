package fr.gouv.travail.dosiportail.dosimetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.gouv.travail.dosiportail.core.Luhn;
import fr.gouv.travail.dosiportail.core.Sex;
import fr.gouv.travail.dosiportail.registry.TestIds;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who reads which dose records, through the history, the CSV and the summary: actor × external/internal record ×
 * date. Worker W was employed at A (Lyon) from T-6y to T-2y, at B (Marseille) since. Four records: external and
 * internal during A (T-4y), external and internal during B (T-18m). MDT B delegated external doses to a nurse and
 * shares internal results with CRP B (R.4451-70); CRP A has no such delegation.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DoseReadingAccessTest {

    static final LocalDate T = LocalDate.now(ZoneId.of("Europe/Paris"));
    static final int N = TestIds.next();
    static final String SIREN_A = TestIds.siren(N * 7919 + 11);
    static final String SIREN_B = TestIds.siren(N * 7919 + 12);
    static final String NIR_W = TestIds.nir(Sex.F, 1981, 5, N % 1000);
    static final String MDT_B = rpps(N * 10 + 5);
    static final String MDT_OTHER = rpps(N * 10 + 6);
    static final String CRP_A = "crp-a-dose-" + N + "@example.fr";
    static final String CRP_B = "crp-b-dose-" + N + "@example.fr";
    static final String NURSE = "infirmier-dose-" + N + "@example.fr";
    private static UUID w;
    /** Record id → label (ext-A, int-A, ext-B, int-B). */
    private static final Map<String, String> LABELS = new java.util.concurrent.ConcurrentHashMap<>();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static String rpps(int k) {
        String payload = "%010d".formatted(k);
        return payload + Luhn.checkDigit(payload);
    }

    @BeforeEach
    void scenario() {
        synchronized (DoseReadingAccessTest.class) {
            if (w == null) {
                w = new AccessRows(jdbc).build();
            }
        }
    }

    static Map<String, RequestPostProcessor> actors() {
        return Map.ofEntries(
                Map.entry("operator", token("OPERATOR", Map.of())),
                Map.entry("MDT of B", token("OCCUPATIONAL_PHYSICIAN", Map.of("rpps", MDT_B))),
                Map.entry("MDT not following W", token("OCCUPATIONAL_PHYSICIAN", Map.of("rpps", MDT_OTHER))),
                Map.entry("nurse delegated external doses by MDT B", token("HEALTH_PROFESSIONAL", Map.of("email", NURSE))),
                Map.entry("CRP of A (no delegation)", token("RADIATION_PROTECTION_ADVISER", Map.of("email", CRP_A))),
                Map.entry("CRP of B (MDT shares internal results)", token("RADIATION_PROTECTION_ADVISER", Map.of("email", CRP_B))),
                Map.entry("labour inspector of 69", token("LABOUR_INSPECTOR", Map.of("territory", List.of("69")))),
                Map.entry("labour inspector of 13", token("LABOUR_INSPECTOR", Map.of("territory", List.of("13")))),
                Map.entry("current employer (B)", token("EMPLOYER", Map.of("siren", SIREN_B))),
                Map.entry("former employer (A)", token("EMPLOYER", Map.of("siren", SIREN_A))));
    }

    static Stream<Arguments> table() {
        Set<String> all = Set.of("ext-A", "int-A", "ext-B", "int-B");
        return Stream.of(
                Arguments.of("operator", all, "arrêté 23/06/2023 art. 4, purpose journaled"),
                Arguments.of("MDT of B", all, "R.4451-68 I (whole history of a followed worker)"),
                Arguments.of("MDT not following W", Set.of(), "R.4451-68 I"),
                Arguments.of("nurse delegated external doses by MDT B", Set.of("ext-A", "ext-B"), "R.4451-68 II 1°"),
                Arguments.of("CRP of A (no delegation)", Set.of("ext-A"), "R.4451-69 I (contract window), R.4451-70"),
                Arguments.of("CRP of B (MDT shares internal results)", Set.of("ext-B", "int-B"), "R.4451-69 I, R.4451-70"),
                Arguments.of("labour inspector of 69", Set.of("ext-A"), "R.4451-71 (external results, territory)"),
                Arguments.of("labour inspector of 13", Set.of("ext-B"), "R.4451-71"),
                Arguments.of("current employer (B)", Set.of(), "arrêté 23/06/2023 art. 5 III (no dose to the employer)"),
                Arguments.of("former employer (A)", Set.of(), "arrêté 23/06/2023 art. 5 III"));
    }

    private MockHttpServletResponse call(String path, String actor) throws Exception {
        return mvc.perform(get(path).header("X-Purpose", "Contrôle de cohérence").with(actors().get(actor)))
                .andReturn().getResponse();
    }

    @ParameterizedTest(name = "{0} sees {1} · {2}")
    @MethodSource("table")
    void theHistoryShowsExactlyTheRecordsThePolicyOpens(String actor, Set<String> visible, String article)
            throws Exception {
        String base = "/api/v1/workers/" + w + "/dose-records";
        MockHttpServletResponse r = call(base, actor);
        MockHttpServletResponse csv = call(base + ".csv", actor);
        MockHttpServletResponse summary = call("/api/v1/workers/" + w + "/dose-summary", actor);
        if (visible.isEmpty()) {
            for (var refused : List.of(r, csv, summary)) {
                assertThat(refused.getStatus()).as(article).isEqualTo(404);
                assertThat(refused.getContentAsString()).doesNotContain("valueMsv", "effectiveDoseMsv");
            }
            UUID unknown = UUID.randomUUID();
            MockHttpServletResponse u = call("/api/v1/workers/" + unknown + "/dose-records", actor);
            assertThat(r.getContentAsString().replace(w.toString(), "{id}"))
                    .isEqualTo(u.getContentAsString().replace(unknown.toString(), "{id}"));
            return;
        }
        assertThat(r.getStatus()).as(article).isEqualTo(200);
        assertThat(dosimeters(r.getContentAsString())).as(article).isEqualTo(new TreeSet<>(visible));
        String[] lines = csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines.length - 1).as("CSV lines · " + article).isEqualTo(visible.size());
        assertThat(java.util.Arrays.stream(lines).filter(l -> l.contains(";E50;")).count()).as("internal in CSV")
                .isEqualTo(visible.stream().filter(v -> v.startsWith("int")).count());
        assertThat(summary.getStatus()).isEqualTo(200);
        assertThat(summary.getContentAsString()).contains("\"internalShown\":" + visible.contains("int-B"));
    }

    @Test
    void theWorkerReadsTheirOwnDosesThroughMeOnly() throws Exception {
        RequestPostProcessor me = token("WORKER", Map.of("nir", NIR_W));
        var mine = mvc.perform(get("/api/v1/me/dose-records").with(me)).andReturn().getResponse();
        assertThat(mine.getStatus()).isEqualTo(200);
        assertThat(dosimeters(mine.getContentAsString())).containsExactly("ext-A", "ext-B", "int-A", "int-B");
        assertThat(mvc.perform(get("/api/v1/me/dose-summary").with(me)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/workers/" + w + "/dose-records").with(me)).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        var stranger = token("WORKER", Map.of("nir", TestIds.nir(Sex.M, 1970, 1, N % 1000)));
        assertThat(mvc.perform(get("/api/v1/me/dose-records").with(stranger)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void aLaboratoryReadsNoWorkersDoses() throws Exception {
        for (String path : List.of("/dose-records", "/dose-records.csv", "/dose-summary")) {
            var r = mvc.perform(get("/api/v1/workers/" + w + path).with(DoseRecords.lab("LAB-1"))).andReturn()
                    .getResponse();
            assertThat(r.getStatus()).isEqualTo(403);
            assertThat(r.getContentAsString()).doesNotContain("valueMsv");
        }
    }

    @Test
    void aDelegatesReadIsJournaledOnBehalfOfTheDelegatingPhysicianAndARefusalAsDenied() throws Exception {
        call("/api/v1/workers/" + w + "/dose-records", "nurse delegated external doses by MDT B");
        assertThat(jdbc.sql("""
                        select on_behalf_of from journal.entry where worker_id = ? and actor_kind = 'HEALTH_PROFESSIONAL'
                        order by id desc limit 1""").param(w).query(String.class).single()).isEqualTo("MDT RPPS " + MDT_B);
        long denied = jdbc.sql("select count(*) from journal.entry where worker_id = ? and outcome = 'DENIED'")
                .param(w).query(Long.class).single();
        call("/api/v1/workers/" + w + "/dose-records", "current employer (B)");
        assertThat(jdbc.sql("select count(*) from journal.entry where worker_id = ? and outcome = 'DENIED'")
                .param(w).query(Long.class).single()).isEqualTo(denied + 1);
    }

    private static Set<String> dosimeters(String body) {
        Set<String> found = new TreeSet<>();
        LABELS.forEach((id, label) -> {
            if (body.contains(id)) {
                found.add(label);
            }
        });
        return found;
    }

    static RequestPostProcessor token(String kind, Map<String, Object> claims) {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_" + kind)).jwt(j -> {
            j.subject("dose-" + kind.toLowerCase() + "-" + claims.hashCode()).claim("actor_kind", kind);
            claims.forEach(j::claim);
        });
    }

    /** The référentiel and the four records, by SQL. */
    record AccessRows(JdbcClient jdbc) {
        UUID build() {
            UUID a = establishment(company(SIREN_A), TestIds.siret(SIREN_A, 1), "69003", "Lyon", "69383");
            UUID b = establishment(company(SIREN_B), TestIds.siret(SIREN_B, 1), "13001", "Marseille", "13201");
            UUID worker = UUID.randomUUID();
            jdbc.sql("""
                    insert into registry.worker (id, nir, birth_name, first_names, sex, birth_date, birth_place_code,
                        created_by, updated_by) values (?, ?, 'Dosimètre', 'Alex', 'F', date '1981-05-01', '75056', 't', 't')""")
                    .params(worker, NIR_W).update();
            employment(worker, a, T.minusYears(6), T.minusYears(2));
            employment(worker, b, T.minusYears(2).plusDays(1), null);
            designation(b, "OCCUPATIONAL_PHYSICIAN", null, MDT_B, T.minusYears(3));
            designation(a, "RADIATION_PROTECTION_ADVISER", CRP_A, null, T.minusYears(5));
            designation(b, "RADIATION_PROTECTION_ADVISER", CRP_B, null, T.minusYears(3));
            delegation("HEALTH_PROFESSIONAL", NURSE, "EXTERNAL_DOSE,EFFECTIVE_DOSE");
            delegation("RADIATION_PROTECTION_ADVISER", CRP_B, "INTERNAL_DOSE");
            DoseRows rows = new DoseRows(jdbc);
            LocalDate duringA = T.minusYears(4).withDayOfMonth(1);
            LocalDate duringB = T.minusMonths(18).withDayOfMonth(1);
            for (var r : List.of(rows.row(worker, a).period(duringA.toString(), duringA.plusDays(27).toString()),
                    rows.row(worker, b).period(duringB.toString(), duringB.plusDays(27).toString()))) {
                String site = r.establishment.equals(a) ? "A" : "B";
                LABELS.put(r.insert().toString(), "ext-" + site);
                DoseRows.Row internal = rows.row(worker, r.establishment).kind("INTERNAL_RADIOTOXICOLOGY", "E50", null)
                        .period(r.start.toString(), r.end.toString());
                LABELS.put(internal.insert().toString(), "int-" + site);
            }
            return worker;
        }

        private UUID company(String siren) {
            UUID id = UUID.randomUUID();
            jdbc.sql("insert into registry.company (id, siren, legal_name, created_by, updated_by) values (?, ?, 'S', 't', 't')")
                    .params(id, siren).update();
            return id;
        }

        private UUID establishment(UUID company, String siret, String postal, String city, String insee) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    insert into registry.establishment (id, company_id, siret, name, address_line, postal_code, city,
                        city_insee_code, naf_code, activity_domain_code, head_last_name, head_first_name, created_by,
                        updated_by)
                    values (?, ?, ?, 'Site', '1 rue de la Paix', ?, ?, ?, '86.10Z', 'MED', 'Martin', 'Claire', 't', 't')""")
                    .params(id, company, siret, postal, city, insee).update();
            return id;
        }

        private void employment(UUID worker, UUID establishment, LocalDate from, LocalDate to) {
            jdbc.sql("""
                    insert into registry.employment (id, worker_id, establishment_id, contract_type, working_time_ratio,
                        start_date, end_date, created_by, updated_by) values (?, ?, ?, 'CDI', 100, ?, ?, 't', 't')""")
                    .params(UUID.randomUUID(), worker, establishment, from, to).update();
        }

        private void designation(UUID establishment, String role, String email, String rpps, LocalDate from) {
            jdbc.sql("""
                    insert into registry.designation (id, establishment_id, role, last_name, first_name, email, rpps,
                        valid_from, created_by, updated_by) values (?, ?, ?, 'Nom', 'Prénom', ?, ?, ?, 't', 't')""")
                    .params(UUID.randomUUID(), establishment, role, email, rpps, from).update();
        }

        private void delegation(String kind, String email, String kinds) {
            jdbc.sql("""
                    insert into access.delegation (id, delegating_rpps, delegate_kind, delegate_name, delegate_email,
                        sirets, data_kinds, valid_from, created_by, updated_by)
                    values (?, ?, ?, 'Délégataire', ?, '{}', string_to_array(?, ','), ?, 't', 't')""")
                    .params(UUID.randomUUID(), MDT_B, kind, email, kinds, T.minusYears(1)).update();
        }
    }
}
