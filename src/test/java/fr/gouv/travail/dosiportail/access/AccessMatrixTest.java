package fr.gouv.travail.dosiportail.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.gouv.travail.dosiportail.journal.DataKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The access matrix through the real HTTP API: actor × relationship × data kind × data date, for two workers (see
 * {@link AccessScenario} and {@link Expectations}), each row asserting allow (200 and what the body says) or refusal
 * (404, the very answer an unknown worker gets).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccessMatrixTest {

    static final AccessScenario S = new AccessScenario();
    private static boolean built;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void scenario() {
        synchronized (S) {
            if (!built) {
                S.build(jdbc);
                built = true;
            }
        }
    }

    static RequestPostProcessor as(String actor) {
        Object[] a = Expectations.actors(S).get(actor);
        @SuppressWarnings("unchecked")
        Map<String, Object> claims = (Map<String, Object>) a[1];
        return AccessScenario.token((String) a[0], claims);
    }

    private UUID id(String worker) {
        return worker.equals("W") ? S.w : S.v;
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String actor) throws Exception {
        if (actor.equals("operator")) {
            request.header("X-Purpose", "Support : demande du travailleur n° 42");
        }
        return mvc.perform(request.with(as(actor))).andReturn().getResponse();
    }

    static Stream<Arguments> decisions() {
        List<Arguments> rows = new ArrayList<>();
        for (Expectations.Line line : Expectations.lines()) {
            for (DataKind kind : Expectations.ALL) {
                for (String date : AccessScenario.DATES.keySet()) {
                    boolean allowed = line.kinds().contains(kind) && line.dates().contains(date);
                    rows.add(Arguments.of(line.actor(), line.relationship(), line.worker(), kind, date, allowed,
                            line.article()));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} ({1}) · worker {2} · {3} · {4} → {5} · {6}")
    @MethodSource("decisions")
    void theDecisionMatchesTheRegulation(String actor, String relationship, String worker, DataKind kind, String date,
                                         boolean allowed, String article) throws Exception {
        MockHttpServletResponse r = call(get("/api/v1/workers/" + id(worker) + "/access")
                .param("dataKind", kind.name()).param("date", AccessScenario.DATES.get(date).toString()), actor);
        if (allowed) {
            assertThat(r.getStatus()).as(article).isEqualTo(200);
            assertThat(r.getContentAsString()).contains("\"allowed\":true").contains("\"dataKind\":\"" + kind + "\"")
                    .contains("\"date\":\"" + AccessScenario.DATES.get(date) + "\"");
        } else {
            assertThat(r.getStatus()).as(article).isEqualTo(404);
            assertThat(normalised(r, id(worker))).isEqualTo(unknownAnswer(actor, kind, date));
        }
    }

    private String unknownAnswer(String actor, DataKind kind, String date) throws Exception {
        UUID unknown = UUID.randomUUID();
        MockHttpServletResponse r = call(get("/api/v1/workers/" + unknown + "/access").param("dataKind", kind.name())
                .param("date", AccessScenario.DATES.get(date).toString()), actor);
        assertThat(r.getStatus()).isEqualTo(404);
        return normalised(r, unknown);
    }

    private static String normalised(MockHttpServletResponse r, UUID id) throws Exception {
        return r.getStatus() + " " + r.getContentType() + " " + r.getContentAsString().replace(id.toString(), "{id}");
    }

    static Stream<Arguments> records() {
        // the worker's and the ministry's addresses are not these (see the tests below)
        return Expectations.lines().stream().filter(l -> !l.actor().startsWith("worker ") && !l.actor().startsWith("ministry"))
                .map(l -> Arguments.of(l.actor(), l.relationship(), l.worker(),
                        l.kinds().contains(DataKind.ADMINISTRATIVE) && l.dates().contains("today"), l.article()));
    }

    /** The administrative record: the worker and only the employments the relationship opens. */
    @ParameterizedTest(name = "GET /api/v1/workers/'{'id'}' · {0} ({1}) · worker {2} → {3} · {4}")
    @MethodSource("records")
    void theAdministrativeRecordFollowsThePolicy(String actor, String relationship, String worker, boolean allowed,
                                                 String article) throws Exception {
        MockHttpServletResponse r = call(get("/api/v1/workers/" + id(worker)), actor);
        String name = worker.equals("W") ? S.nameW : S.nameV;
        if (!allowed) {
            assertThat(r.getStatus()).as(article).isEqualTo(404);
            assertThat(r.getContentAsString()).doesNotContain(name);
            MockHttpServletResponse unknown = call(get("/api/v1/workers/" + UUID.randomUUID()), actor);
            assertThat(unknown.getContentAsString().replaceAll("[0-9a-f-]{36}", "{id}"))
                    .isEqualTo(r.getContentAsString().replaceAll("[0-9a-f-]{36}", "{id}"));
            return;
        }
        assertThat(r.getStatus()).as(article).isEqualTo(200);
        String body = r.getContentAsString();
        assertThat(body).contains(name);
        Set<String> sirets = visibleSirets(actor, worker);
        for (String siret : List.of(S.siretA, S.siretB)) {
            if (sirets.contains(siret)) {
                assertThat(body).as("employment at " + siret).contains(siret);
            } else {
                assertThat(body).as("no employment at " + siret).doesNotContain(siret);
            }
        }
        assertThat(body).doesNotContainIgnoringCase("dose");
    }

    /** Which employments each relationship opens in the administrative record, today. */
    private static Set<String> visibleSirets(String actor, String worker) {
        if (worker.equals("V")) {
            return Set.of(S.siretA);
        }
        return switch (actor) {
            case "operator" -> Set.of(S.siretA, S.siretB);
            case "employer 1 (A)", "correspondent of employer 1" -> Set.of(S.siretA);
            default -> Set.of(S.siretB);
        };
    }

    static Stream<Arguments> lists() {
        // the worker's and the ministry's addresses are not these (see the tests below)
        return Expectations.lines().stream().filter(l -> !l.actor().startsWith("worker ") && !l.actor().startsWith("ministry"))
                .map(l -> Arguments.of(l.actor(), l.worker(),
                        l.kinds().contains(DataKind.ADMINISTRATIVE) && l.dates().contains("today"), l.article()));
    }

    /** Lists are filtered in SQL: the total counts only what the caller may see. */
    @ParameterizedTest(name = "GET /api/v1/workers?name= · {0} · worker {1} → {2} · {3}")
    @MethodSource("lists")
    void theWorkerListShowsOnlyWhatThePolicyOpens(String actor, String worker, boolean listed, String article)
            throws Exception {
        String name = worker.equals("W") ? S.nameW : S.nameV;
        MockHttpServletResponse r = call(get("/api/v1/workers").param("name", name).param("size", "10"), actor);
        assertThat(r.getStatus()).isEqualTo(200);
        if (listed) {
            assertThat(r.getContentAsString()).as(article).contains(name).doesNotContain("\"totalElements\":0");
        } else {
            assertThat(r.getContentAsString()).as(article).doesNotContain(name).contains("\"totalElements\":0");
        }
    }

    @Test
    void theWorkerReadsTheirOwnRecordWithTheWholeCareerAndNoOneElsesThroughTheWorkersAddress() throws Exception {
        MockHttpServletResponse me = call(get("/api/v1/me/worker"), "worker W");
        assertThat(me.getStatus()).isEqualTo(200);
        assertThat(me.getContentAsString()).contains(S.nameW, S.siretA, S.siretB).doesNotContain(S.nameV);
        assertThat(call(get("/api/v1/workers/" + S.w), "worker W").getStatus()).isEqualTo(403);
        assertThat(call(get("/api/v1/workers"), "worker V").getStatus()).isEqualTo(403);
    }

    @Test
    void aLaboratoryIsRefusedEveryReadOfWorkerDataWhateverTheWorker() throws Exception {
        RequestPostProcessor lab = AccessScenario.token("ACCREDITED_BODY", Map.of("accreditation_number", "LAB-" + S.n));
        for (UUID worker : List.of(S.w, S.v, UUID.randomUUID())) {
            for (DataKind kind : Expectations.ALL) {
                assertThat(mvc.perform(get("/api/v1/workers/" + worker + "/access").param("dataKind", kind.name())
                        .with(lab)).andReturn().getResponse().getStatus()).isEqualTo(403);
            }
            assertThat(mvc.perform(get("/api/v1/workers/" + worker).with(lab)).andReturn().getResponse().getStatus())
                    .isEqualTo(403);
        }
    }

    @Test
    void theMinistryReadsNoWorkerAnywhereNotEvenTheirExistence() throws Exception {
        for (UUID worker : List.of(S.w, S.v)) {
            assertThat(call(get("/api/v1/workers/" + worker), "ministry (DGT)").getStatus()).isEqualTo(403);
        }
        assertThat(call(get("/api/v1/workers").param("name", S.nameW), "ministry (DGT)").getStatus()).isEqualTo(403);
    }

    @Test
    void theOperatorMustStateAPurposeAndEachDecisionIsJournaledWithIt() throws Exception {
        var noPurpose = mvc.perform(get("/api/v1/workers/" + S.w + "/access").param("dataKind", "EFFECTIVE_DOSE")
                .with(as("operator"))).andReturn().getResponse();
        assertThat(noPurpose.getStatus()).isEqualTo(400);
        long before = journaled(S.w, "OPERATOR");
        call(get("/api/v1/workers/" + S.w + "/access").param("dataKind", "EFFECTIVE_DOSE"), "operator");
        assertThat(journaled(S.w, "OPERATOR")).isEqualTo(before + 1);
        assertThat(jdbc.sql("""
                        select purpose from journal.entry where worker_id = ? and actor_kind = 'OPERATOR'
                        order by id desc limit 1""").param(S.w).query(String.class).single())
                .isEqualTo("Support : demande du travailleur n° 42");
    }

    @Test
    void aRefusalAboutARealWorkerIsJournaledAsDenied() throws Exception {
        long before = jdbc.sql("select count(*) from journal.entry where worker_id = ? and outcome = 'DENIED'")
                .param(S.w).query(Long.class).single();
        call(get("/api/v1/workers/" + S.w + "/access").param("dataKind", "EXTERNAL_DOSE"), "employer 3 (unrelated)");
        assertThat(jdbc.sql("select count(*) from journal.entry where worker_id = ? and outcome = 'DENIED'")
                .param(S.w).query(Long.class).single()).isEqualTo(before + 1);
    }

    private long journaled(UUID worker, String kind) {
        return jdbc.sql("select count(*) from journal.entry where worker_id = ? and actor_kind = ?")
                .params(worker, kind).query(Long.class).single();
    }

    static Stream<Arguments> writes() {
        return Stream.of(
                Arguments.of("MDT of B", "W", DataKind.EXTERNAL_DOSE, true, "arrêté 23/06/2023 art. 22 (add, correct, cancel)"),
                Arguments.of("MDT of B", "W", DataKind.INTERNAL_DOSE, true, "arrêté 23/06/2023 art. 23 (committed dose)"),
                Arguments.of("MDT of B", "W", DataKind.EFFECTIVE_DOSE, true, "arrêté 23/06/2023 art. 22"),
                Arguments.of("MDT of B", "W", DataKind.ALERT, true, "arrêté 23/06/2023 art. 5 (conclusions)"),
                Arguments.of("MDT of B", "W", DataKind.ADMINISTRATIVE, false, "arrêté art. 8 (the employer declares)"),
                Arguments.of("MDT of A", "W", DataKind.EXTERNAL_DOSE, false, "R.4451-68 I (not followed)"),
                Arguments.of("nurse delegated by MDT A", "V", DataKind.EXTERNAL_DOSE, false, "delegations are read-only"),
                Arguments.of("CRP of B", "W", DataKind.EXTERNAL_DOSE, false, "R.4451-69 (read only)"),
                Arguments.of("employer 2 (B)", "W", DataKind.ADMINISTRATIVE, true, "arrêté 23/06/2023 art. 8"),
                Arguments.of("employer 2 (B)", "W", DataKind.EXTERNAL_DOSE, false, "no dose value for the employer"),
                Arguments.of("labour inspector of 13", "W", DataKind.EXTERNAL_DOSE, false, "R.4451-71 (read only)"),
                Arguments.of("operator", "W", DataKind.EFFECTIVE_DOSE, true, "system manager, journaled"));
    }

    @ParameterizedTest(name = "WRITE · {0} · worker {1} · {2} → {3} · {4}")
    @MethodSource("writes")
    void writingFollowsThePolicy(String actor, String worker, DataKind kind, boolean allowed, String article)
            throws Exception {
        MockHttpServletResponse r = call(get("/api/v1/workers/" + id(worker) + "/access").param("dataKind", kind.name())
                .param("action", "WRITE"), actor);
        assertThat(r.getStatus()).as(article).isEqualTo(allowed ? 200 : 404);
    }
}
