package fr.gouv.travail.dosiportail.registry;

import fr.gouv.travail.dosiportail.core.Sex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.gouv.travail.dosiportail.identity.Actor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Insecure direct object references: an employer who puts another company's ids (worker, establishment,
 * employment, designation, receipt) in API or page addresses, or in request bodies, gets what an unknown id gets
 * (404) or a refusal (403 for a SIRET it may not declare for), and nothing is written. Then a laboratory's token on
 * every employer endpoint: 403. Both tables must name every such address the application serves.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IdorTest {

    private static final String PROBLEMS = "https://dosiportail.travail.gouv.fr/problemes/";
    /** API addresses any authenticated actor may call: the lab's 403 does not apply. */
    private static final Set<String> FOR_EVERY_ACTOR = Set.of("GET /api/v1/me", "GET /api/v1/nomenclatures");
    /** API addresses for the senders of dose results (labs, operator): an employer's token is refused them. */
    private static final Set<String> FOR_RESULT_SENDERS = Set.of("POST /api/v1/dose-records",
            "POST /api/v1/dose-records/batch", "POST /api/v1/dose-records/{recordId}/corrections",
            "POST /api/v1/dose-records/{recordId}/cancellation", "GET /api/v1/quarantine",
            "POST /api/v1/quarantine/{id}/retry", "POST /api/v1/dose-files", "GET /api/v1/dose-files",
            "GET /api/v1/dose-files/{id}", "GET /api/v1/dose-files/{id}/report", "GET /api/v1/dose-files/{id}/report.csv");
    private static final String[] COUNTED = {"worker", "employment", "exposure_profile", "designation",
            "declaration_receipt", "establishment"};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistryDeclarations declarations;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    RegistryFixtures.EstablishmentBuilder mine;
    RegistryFixtures.EstablishmentBuilder theirs;
    RegistryFixtures.WorkerBuilder theirWorker;
    UUID theirWorkerId;
    UUID theirDesignation;
    UUID theirNotification;
    UUID theirWebhook;

    /** One attempt: the mapping it exercises, the request, and the status expected. */
    record Attempt(String mapping, RequestBuilder request, int status) {
        @Override
        public String toString() {
            return mapping;
        }
    }

    @BeforeEach
    void twoCompanies() {
        RegistryFixtures given = new RegistryFixtures(declarations);
        mine = given.aCompany().anEstablishment().declare();
        theirs = given.aCompany().anEstablishment().declare();
        theirWorker = theirs.aWorker().classifiedA().declare();
        theirWorkerId = jdbc.sql("select id from registry.worker where nir = ?").param(theirWorker.nir)
                .query(UUID.class).single();
        theirDesignation = theirs.designatePhysician(LocalDate.of(2024, 1, 1)).subjectId();
        theirNotificationAndWebhook();
    }

    private List<Attempt> employerAttempts() {
        UUID employment = theirWorker.employmentId;
        UUID establishment = theirs.receipt.subjectId();
        return List.of(
                api("GET /api/v1/workers/{id}", get("/api/v1/workers/" + theirWorkerId), 404),
                api("GET /api/v1/workers/{id}/access", get("/api/v1/workers/" + theirWorkerId + "/access")
                        .param("dataKind", "ADMINISTRATIVE"), 404),
                api("POST /api/v1/delegations/{id}/revoke", json(post("/api/v1/delegations/"
                        + UUID.randomUUID() + "/revoke"), "{\"reason\":\"Fin\"}"), 403),
                api("POST /api/v1/employments/{id}/end", json(post("/api/v1/employments/" + employment + "/end"),
                        "{\"endDate\":\"2025-01-31\"}"), 404),
                api("POST /api/v1/designations/{id}/end", json(post("/api/v1/designations/" + theirDesignation + "/end"),
                        "{\"validTo\":\"2025-01-31\"}"), 404),
                api("POST /api/v1/exposure-profiles (their employment in the body)",
                        json(post("/api/v1/exposure-profiles"), ApiBodies.profileJson(employment)), 404),
                api("POST /api/v1/employments (their SIRET in the body)", json(post("/api/v1/employments"),
                        ApiBodies.employmentJson(theirWorker.nir, theirs.siret)), 403),
                api("POST /api/v1/workers (their SIRET in the body)", json(post("/api/v1/workers"),
                        ApiBodies.workerJson(theirs.siret, theirWorker.nir)), 403),
                api("POST /api/v1/designations (their SIRET in the body)", json(post("/api/v1/designations"),
                        ApiBodies.designationJson(theirs.siret)), 403),
                page("GET /employeur/etablissements/{id}", get("/employeur/etablissements/" + establishment)),
                page("GET /employeur/etablissements/{id} (their SIREN as ?siren=)",
                        get("/employeur/etablissements/" + establishment).param("siren", theirs.company.siren)),
                page("GET /employeur/etablissements/{id}/designations/nouvelle",
                        get("/employeur/etablissements/" + establishment + "/designations/nouvelle")),
                page("POST /employeur/etablissements/{id}/designations/nouvelle",
                        post("/employeur/etablissements/" + establishment + "/designations/nouvelle")
                                .param("role", "OCCUPATIONAL_PHYSICIAN").param("lastName", "Faux")
                                .param("firstName", "Jean").param("rpps", "10001234566").param("validFrom", "2025-01-01")),
                page("GET /employeur/designations/{id}/fin", get("/employeur/designations/" + theirDesignation + "/fin")),
                page("POST /employeur/designations/{id}/fin", post("/employeur/designations/" + theirDesignation + "/fin")
                        .param("endDate", "2025-01-31")),
                page("GET /employeur/travailleurs/{id}", get("/employeur/travailleurs/" + theirWorkerId)),
                page("GET /employeur/emplois/{id}/fin", get("/employeur/emplois/" + employment + "/fin")),
                page("POST /employeur/emplois/{id}/fin", post("/employeur/emplois/" + employment + "/fin")
                        .param("endDate", "2025-01-31")),
                page("GET /employeur/emplois/{id}/profils/nouveau", get("/employeur/emplois/" + employment + "/profils/nouveau")),
                page("POST /employeur/emplois/{id}/profils/nouveau", post("/employeur/emplois/" + employment + "/profils/nouveau")
                        .param("validFrom", "2025-01-01").param("classification", "B")),
                page("GET /employeur/recepisses/{number}", get("/employeur/recepisses/" + theirs.receipt.number())),
                api("POST /api/v1/dose-records (an employer sends no results)", json(post("/api/v1/dose-records"),
                        ApiBodies.doseRecordJson(theirWorker.nir, theirs.siret)), 403),
                api("POST /api/v1/dose-records/batch (an employer sends no results)",
                        json(post("/api/v1/dose-records/batch"), "[" + ApiBodies.doseRecordJson(theirWorker.nir, theirs.siret)
                                + "]"), 403),
                api("POST /api/v1/dose-records/{recordId}/corrections",
                        json(post("/api/v1/dose-records/" + UUID.randomUUID() + "/corrections"),
                                "{\"valueMsv\":0.1,\"resultStatus\":\"RESULT\",\"reason\":\"x\"}"), 403),
                api("POST /api/v1/dose-records/{recordId}/cancellation",
                        json(post("/api/v1/dose-records/" + UUID.randomUUID() + "/cancellation"), "{\"reason\":\"x\"}"),
                        403),
                api("POST /api/v1/quarantine/{id}/retry",
                        post("/api/v1/quarantine/" + UUID.randomUUID() + "/retry"), 403),
                new Attempt("GET /medecin/doses/{recordId}/correction", page("an employer is no MDT",
                        get("/medecin/doses/" + UUID.randomUUID() + "/correction")).request(), 403),
                new Attempt("POST /medecin/doses/{recordId}/correction", page("an employer is no MDT",
                        post("/medecin/doses/" + UUID.randomUUID() + "/correction").param("reason", "x")
                                .param("valueMsv", "0,1")).request(), 403),
                api("GET /api/v1/dose-files/{id}",
                        get("/api/v1/dose-files/" + UUID.randomUUID()), 403),
                api("GET /api/v1/dose-files/{id}/report", get("/api/v1/dose-files/" + UUID.randomUUID() + "/report"), 403),
                api("GET /api/v1/dose-files/{id}/report.csv",
                        get("/api/v1/dose-files/" + UUID.randomUUID() + "/report.csv"), 403),
                new Attempt("GET /laboratoire/fichiers/{id}", page("an employer is no lab",
                        get("/laboratoire/fichiers/" + UUID.randomUUID())).request(), 403),
                new Attempt("GET /laboratoire/fichiers/{id}/rapport.csv", page("an employer is no lab",
                        get("/laboratoire/fichiers/" + UUID.randomUUID() + "/rapport.csv")).request(), 403),
                new Attempt("GET /laboratoire/fichiers/{id}/rapport.json", page("an employer is no lab",
                        get("/laboratoire/fichiers/" + UUID.randomUUID() + "/rapport.json")).request(), 403),
                api("GET /api/v1/workers/{workerId}/dose-records",
                        get("/api/v1/workers/" + theirWorkerId + "/dose-records"), 404),
                api("GET /api/v1/workers/{workerId}/dose-records.csv",
                        get("/api/v1/workers/" + theirWorkerId + "/dose-records.csv"), 404),
                api("GET /api/v1/workers/{workerId}/dose-records/{recordId}/versions",
                        get("/api/v1/workers/" + theirWorkerId + "/dose-records/" + UUID.randomUUID() + "/versions"), 404),
                api("GET /api/v1/workers/{workerId}/dose-summary",
                        get("/api/v1/workers/" + theirWorkerId + "/dose-summary"), 404),
                api("GET /api/v1/workers/{workerId}/limits",
                        get("/api/v1/workers/" + theirWorkerId + "/limits"), 403),
                api("GET /api/v1/me/dose-records/{recordId}/versions",
                        get("/api/v1/me/dose-records/" + UUID.randomUUID() + "/versions"), 403),
                api("POST /api/v1/alerts/{id}/analysis", json(post("/api/v1/alerts/" + UUID.randomUUID()
                        + "/analysis"), "{\"note\":\"x\"}"), 403),
                api("POST /api/v1/alerts/{id}/conclusion", json(post("/api/v1/alerts/" + UUID.randomUUID()
                        + "/conclusion"), "{\"outcome\":\"MAINTAINED\",\"retainedDoseMsv\":1}"), 403),
                api("POST /api/v1/workers/{id}/pregnancy", json(post("/api/v1/workers/" + theirWorkerId
                        + "/pregnancy"), "{\"declaredOn\":\"2025-01-01\"}"), 403),
                api("POST /api/v1/workers/{id}/exceptional-exposures", json(post("/api/v1/workers/" + theirWorkerId
                        + "/exceptional-exposures"), ApiBodies.EXCEPTIONAL), 403),
                api("POST /api/v1/establishments/{id}/dose-constraints", json(post("/api/v1/establishments/"
                        + establishment + "/dose-constraints"), ApiBodies.CONSTRAINT), 403),
                new Attempt("POST /medecin/delegations/{id}/revocation", page("an employer is no MDT",
                        post("/medecin/delegations/" + UUID.randomUUID() + "/revocation").param("reason", "Fin"))
                        .request(), 403),
                api("GET /api/v1/notifications/{id}", get("/api/v1/notifications/" + theirNotification), 404),
                api("POST /api/v1/notifications/{id}/read", post("/api/v1/notifications/" + theirNotification + "/read"),
                        404),
                api("GET /api/v1/webhooks/{id}/deliveries", get("/api/v1/webhooks/" + theirWebhook + "/deliveries"), 404),
                page("GET /alertes/{id}", get("/alertes/" + theirNotification)),
                new Attempt("POST /alertes/{id}/analyse", page("an employer is no MDT",
                        post("/alertes/" + theirNotification + "/analyse").param("analysisNote", "x")).request(), 403),
                new Attempt("POST /alertes/{id}/conclusion", page("an employer is no MDT",
                        post("/alertes/" + theirNotification + "/conclusion").param("outcome", "MAINTAINED")
                                .param("retainedDoseMsv", "1")).request(), 403));
    }

    /** A notification and a webhook of the other company (written as the surveillance module writes them). */
    private void theirNotificationAndWebhook() {
        theirNotification = UUID.randomUUID();
        jdbc.sql("""
                insert into surveillance.notification (id, subject_kind, subject_id, recipient_kind, recipient_key,
                       worker_id, title_fr, title_en, payload, created_at)
                values (?, 'LIMIT_ALERT', ?, 'EMPLOYER', ?, ?, 'Alerte', 'Alert', cast(? as jsonb), now())""")
                .params(theirNotification, UUID.randomUUID(), theirs.company.siren, theirWorkerId,
                        "{\"workerName\": \"" + theirWorker.birthName + "\"}").update();
        theirWebhook = UUID.randomUUID();
        jdbc.sql("""
                insert into surveillance.webhook (id, recipient_kind, recipient_key, url, secret, created_by, created_at)
                values (?, 'EMPLOYER', ?, 'https://example.org/hook', 'secret', 't', now())""")
                .params(theirWebhook, theirs.company.siren).update();
    }

    @Test
    void anEmployerGetsNothingOfAnotherCompanyByChangingAnIdAndWritesNothing() throws Exception {
        Map<String, Long> before = counts();
        List<String> wrong = new ArrayList<>();
        for (Attempt a : employerAttempts()) {
            var response = mvc.perform(a.request()).andReturn().getResponse();
            String body = response.getContentAsString();
            if (response.getStatus() != a.status() || body.contains(theirWorker.birthName) || body.contains(theirs.siret)
                    && a.status() == 404) {
                wrong.add(a + " answered " + response.getStatus() + " (expected " + a.status() + ")");
            } else if (a.mapping().contains("/api/") && !body.contains(PROBLEMS + (a.status() == 404 ? "introuvable" : "acces-refuse"))) {
                wrong.add(a + " did not answer the problem document");
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(counts()).as("rows in the référentiel").isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from registry.employment where id = ? and end_date is not null")
                .param(theirWorker.employmentId).query(Long.class).single()).isZero();
    }

    @Test
    void theIdorTableNamesEveryAddressThatCarriesAnId() {
        Set<String> tested = new TreeSet<>();
        employerAttempts().forEach(a -> tested.add(a.mapping()));
        Set<String> withId = new TreeSet<>();
        appMappings().stream().filter(m -> m.contains("{")).forEach(withId::add);
        assertThat(withId).hasSizeGreaterThan(10);
        assertThat(tested).containsAll(withId);
    }

    @Test
    void aLaboratoryTokenIsRefusedEveryEmployerEndpoint() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Attempt a : labAttempts()) {
            int status = mvc.perform(a.request()).andReturn().getResponse().getStatus();
            if (status != 403) {
                wrong.add(a + " answered " + status);
            }
        }
        assertThat(wrong).isEmpty();
        Set<String> tested = new TreeSet<>();
        labAttempts().forEach(a -> tested.add(a.mapping()));
        Set<String> employerApi = new TreeSet<>();
        appMappings().stream().filter(m -> m.contains(" /api/") && !FOR_EVERY_ACTOR.contains(m)
                && !FOR_RESULT_SENDERS.contains(m)).forEach(employerApi::add);
        assertThat(employerApi).hasSizeGreaterThan(10);
        assertThat(tested).as("the lab table names every employer endpoint").containsAll(employerApi);
    }

    private List<Attempt> labAttempts() {
        UUID employment = theirWorker.employmentId;
        RequestPostProcessor lab = jwt().authorities(new SimpleGrantedAuthority("ROLE_ACCREDITED_BODY"))
                .jwt(j -> j.subject("lab-a").claim("actor_kind", "ACCREDITED_BODY").claim("accreditation_number", "A"));
        List<Attempt> attempts = new ArrayList<>();
        for (String path : List.of("/establishments", "/workers", "/designations", "/receipts", "/reconciliation",
                "/journal/verification")) {
            attempts.add(new Attempt("GET /api/v1" + path, get("/api/v1" + path).with(lab), 403));
        }
        attempts.add(new Attempt("GET /api/v1/workers/{id}", get("/api/v1/workers/" + theirWorkerId).with(lab), 403));
        attempts.add(new Attempt("GET /api/v1/workers/{id}/access", get("/api/v1/workers/" + theirWorkerId + "/access")
                .param("dataKind", "EXTERNAL_DOSE").with(lab), 403));
        attempts.add(new Attempt("GET /api/v1/me/worker", get("/api/v1/me/worker").with(lab), 403));
        for (String path : List.of("/dose-records", "/dose-records.csv", "/dose-summary")) {
            attempts.add(new Attempt("GET /api/v1/workers/{workerId}" + path,
                    get("/api/v1/workers/" + theirWorkerId + path).with(lab), 403));
            attempts.add(new Attempt("GET /api/v1/me" + path, get("/api/v1/me" + path).with(lab), 403));
        }
        attempts.add(new Attempt("GET /api/v1/workers/{workerId}/dose-records/{recordId}/versions", get("/api/v1/workers/"
                + theirWorkerId + "/dose-records/" + UUID.randomUUID() + "/versions").with(lab), 403));
        attempts.add(new Attempt("GET /api/v1/me/dose-records/{recordId}/versions", get("/api/v1/me/dose-records/"
                + UUID.randomUUID() + "/versions").with(lab), 403));
        for (String path : List.of("/notifications", "/notifications/outbox", "/notifications/" + UUID.randomUUID(),
                "/webhooks", "/webhooks/" + UUID.randomUUID() + "/deliveries")) {
            attempts.add(new Attempt("GET /api/v1" + path.replaceAll("/[0-9a-f-]{36}", "/{id}"),
                    get("/api/v1" + path).with(lab), 403));
        }
        attempts.add(new Attempt("POST /api/v1/notifications/{id}/read", post("/api/v1/notifications/"
                + UUID.randomUUID() + "/read").with(lab), 403));
        attempts.add(new Attempt("POST /api/v1/webhooks", json(post("/api/v1/webhooks"),
                "{\"url\":\"https://93.184.215.14/hook\"}").with(lab), 403));
        attempts.add(new Attempt("GET /api/v1/delegations", get("/api/v1/delegations").with(lab), 403));
        attempts.add(new Attempt("GET /api/v1/alerts", get("/api/v1/alerts").with(lab), 403));
        attempts.add(new Attempt("GET /api/v1/workers/{workerId}/limits",
                get("/api/v1/workers/" + theirWorkerId + "/limits").with(lab), 403));
        attempts.add(new Attempt("GET /api/v1/significant-events", get("/api/v1/significant-events").with(lab), 403));
        attempts.add(new Attempt("POST /api/v1/alerts/{id}/analysis", json(post("/api/v1/alerts/" + UUID.randomUUID()
                + "/analysis"), "{}").with(lab), 403));
        attempts.add(new Attempt("POST /api/v1/alerts/{id}/conclusion", json(post("/api/v1/alerts/" + UUID.randomUUID()
                + "/conclusion"), "{\"outcome\":\"MAINTAINED\",\"retainedDoseMsv\":1}").with(lab), 403));
        attempts.add(new Attempt("POST /api/v1/workers/{id}/pregnancy", json(post("/api/v1/workers/" + theirWorkerId
                + "/pregnancy"), "{\"declaredOn\":\"2025-01-01\"}").with(lab), 403));
        attempts.add(new Attempt("POST /api/v1/workers/{id}/exceptional-exposures", json(post("/api/v1/workers/"
                + theirWorkerId + "/exceptional-exposures"), ApiBodies.EXCEPTIONAL).with(lab), 403));
        attempts.add(new Attempt("POST /api/v1/establishments/{id}/dose-constraints", json(post("/api/v1/establishments/"
                + theirs.receipt.subjectId() + "/dose-constraints"), ApiBodies.CONSTRAINT).with(lab), 403));
        attempts.add(new Attempt("POST /api/v1/delegations", json(post("/api/v1/delegations"), """
                {"delegateKind":"HEALTH_PROFESSIONAL","delegateName":"X","delegateEmail":"x@example.fr",
                 "dataKinds":["EXTERNAL_DOSE"],"validFrom":"2025-01-01"}""").with(lab), 403));
        attempts.add(new Attempt("POST /api/v1/delegations/{id}/revoke", json(post("/api/v1/delegations/"
                + UUID.randomUUID() + "/revoke"), "{\"reason\":\"Fin\"}").with(lab), 403));
        Map<String, String> bodies = Map.of(
                "/api/v1/establishments", RegistryApiTest.establishmentJson(theirs.siret),
                "/api/v1/workers", ApiBodies.workerJson(theirs.siret, TestIds.nir(Sex.F, 1990, 1, 901)),
                "/api/v1/employments", ApiBodies.employmentJson(theirWorker.nir, theirs.siret),
                "/api/v1/exposure-profiles", ApiBodies.profileJson(employment),
                "/api/v1/designations", ApiBodies.designationJson(theirs.siret),
                "/api/v1/accredited-bodies", """
                        {"kind":"EXTERNAL_DOSIMETRY_LAB","name":"Labo","siret":"%s","accreditationNumber":"A",
                         "validFrom":"2024-01-01"}""".formatted(theirs.siret));
        bodies.forEach((path, body) -> attempts.add(new Attempt("POST " + path, json(post(path), body).with(lab), 403)));
        attempts.add(new Attempt("POST /api/v1/employments/{id}/end", json(post("/api/v1/employments/" + employment
                + "/end"), "{\"endDate\":\"2025-01-31\"}").with(lab), 403));
        attempts.add(new Attempt("POST /api/v1/designations/{id}/end", json(post("/api/v1/designations/"
                + theirDesignation + "/end"), "{\"validTo\":\"2025-01-31\"}").with(lab), 403));
        attempts.add(new Attempt("POST /api/v1/workers/bulk", post("/api/v1/workers/bulk")
                .contentType("text/csv").content("siret;nir\n").with(lab), 403));
        attempts.add(new Attempt("POST /api/v1/workers/bulk (multipart)", multipart("/api/v1/workers/bulk")
                .file(new MockMultipartFile("file", "w.csv", "text/csv", "siret;nir\n".getBytes())).with(lab), 403));
        return attempts;
    }

    /** "METHOD /pattern" of every handler the application itself serves. */
    private List<String> appMappings() {
        List<String> all = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getName().startsWith("fr.gouv.travail.dosiportail.")) {
                info.getMethodsCondition().getMethods().forEach(m -> info.getPatternValues()
                        .forEach(p -> all.add(m.name() + " " + p)));
            }
        });
        return all;
    }

    private Attempt api(String mapping, MockHttpServletRequestBuilder request, int status) {
        String siren = mine.company.siren;
        return new Attempt(mapping, request.with(jwt().authorities(new SimpleGrantedAuthority("ROLE_EMPLOYER"))
                .jwt(j -> j.subject("employer-" + siren).claim("actor_kind", "EMPLOYER").claim("siren", siren))), status);
    }

    private Attempt page(String mapping, MockHttpServletRequestBuilder request) {
        Actor me = mine.company.employer;
        return new Attempt(mapping, request.with(csrf()).with(authentication(new TestingAuthenticationToken(me, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + me.kind().name()))))), 404);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : COUNTED) {
            counts.put(table, jdbc.sql("select count(*) from registry." + table).query(Long.class).single());
        }
        return counts;
    }
}
