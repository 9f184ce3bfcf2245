package fr.gouv.travail.dosiportail.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.RegistryFixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The référentiel's reads and declarations of workers leave journal entries, and the worker sees them. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RegistryAccessJournalTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistryDeclarations declarations;
    RegistryFixtures given;

    @BeforeEach
    void fixtures() {
        given = new RegistryFixtures(declarations);
    }

    private static JwtRequestPostProcessor employerToken(String siren) {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_EMPLOYER"))
                .jwt(j -> j.subject("employer-" + siren).claim("actor_kind", "EMPLOYER").claim("siren", siren)
                        .claim("name", "Logiciel RH"));
    }

    private static JwtRequestPostProcessor operatorToken() {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_OPERATOR"))
                .jwt(j -> j.subject("operator-client").claim("actor_kind", "OPERATOR").claim("name", "Exploitation"));
    }

    private static RequestPostProcessor as(Actor actor) {
        return authentication(new TestingAuthenticationToken(actor, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + actor.kind().name()))));
    }

    private long lastId() {
        return jdbc.sql("select last_id from journal.chain_head").query(Long.class).single();
    }

    private List<Map<String, Object>> entriesSince(long id) {
        return jdbc.sql("select * from journal.entry where id > ? order by id").param(id).query().listOfRows();
    }

    private UUID workerId(String nir) {
        return jdbc.sql("select id from registry.worker where nir = ?").param(nir).query(UUID.class).single();
    }

    @Test
    void anEmployerReadingTheWorkerListLeavesOneEntryPerWorkerShown() throws Exception {
        var site = given.aCompany().anEstablishment().declare();
        var first = site.aWorker().declare();
        var second = site.aWorker().declare();
        long before = lastId();

        mvc.perform(get("/api/v1/workers").with(employerToken(site.company.siren))).andExpect(status().isOk());

        var entries = entriesSince(before);
        assertThat(entries).extracting(e -> e.get("worker_id"))
                .containsExactlyInAnyOrder(workerId(first.nir), workerId(second.nir));
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("actor_kind")).isEqualTo("EMPLOYER");
            assertThat(e.get("actor_subject")).isEqualTo("employer-" + site.company.siren);
            assertThat(e.get("on_behalf_of")).isEqualTo("SIREN " + site.company.siren);
            assertThat(e.get("data_kind")).isEqualTo("ADMINISTRATIVE");
            assertThat(e.get("action")).isEqualTo("READ");
            assertThat(e.get("outcome")).isEqualTo("ALLOWED");
            assertThat(e.get("purpose")).isEqualTo("Gestion du référentiel");
            assertThat(e.get("resource")).isEqualTo("GET /api/v1/workers");
        });
    }

    @Test
    void theOperatorMustStateAPurposeToReadWorkersThroughTheApi() throws Exception {
        var worker = given.aCompany().anEstablishment().declare().aWorker().declare();
        UUID id = workerId(worker.nir);
        long before = lastId();

        mvc.perform(get("/api/v1/workers").with(operatorToken())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("PURPOSE_REQUIRED"));
        mvc.perform(get("/api/v1/workers/" + id).with(operatorToken()).header("X-Purpose", "  "))
                .andExpect(status().isBadRequest());
        assertThat(entriesSince(before)).isEmpty();

        mvc.perform(get("/api/v1/workers/" + id).with(operatorToken()).header("X-Purpose", "Réclamation n° 42"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/workers/" + id).with(operatorToken()).param("purpose", "Contrôle qualité"))
                .andExpect(status().isOk());
        assertThat(entriesSince(before)).extracting(e -> e.get("purpose"), e -> e.get("actor_kind"), e -> e.get("worker_id"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Réclamation n° 42", "OPERATOR", id),
                        org.assertj.core.groups.Tuple.tuple("Contrôle qualité", "OPERATOR", id));
    }

    @Test
    void anotherCompanyTryingToReadAWorkerIsJournaledAsDenied() throws Exception {
        var worker = given.aCompany().anEstablishment().declare().aWorker().declare();
        var stranger = given.aCompany().anEstablishment().declare();
        long before = lastId();

        mvc.perform(get("/api/v1/workers/" + workerId(worker.nir)).with(employerToken(stranger.company.siren)))
                .andExpect(status().isNotFound());

        assertThat(entriesSince(before)).singleElement().satisfies(e -> {
            assertThat(e.get("worker_id")).isEqualTo(workerId(worker.nir));
            assertThat(e.get("outcome")).isEqualTo("DENIED");
            assertThat(e.get("on_behalf_of")).isEqualTo("SIREN " + stranger.company.siren);
        });
    }

    @Test
    void declarationsAboutAWorkerAreJournaledAsWritesAndRefusedOnesLeaveNothing() {
        var site = given.aCompany().anEstablishment();
        site.declare();
        long before = lastId();
        var worker = site.aWorker().classifiedA().declare();

        assertThat(entriesSince(before)).extracting(e -> e.get("resource"), e -> e.get("action"), e -> e.get("worker_id"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("declareWorker", "WRITE", workerId(worker.nir)),
                        org.assertj.core.groups.Tuple.tuple("declareEmployment", "WRITE", workerId(worker.nir)),
                        org.assertj.core.groups.Tuple.tuple("declareExposureProfile", "WRITE", workerId(worker.nir)));

        long after = lastId();
        var stranger = given.aCompany().anEstablishment().declare();
        long afterStranger = lastId();
        assertThat(afterStranger).isEqualTo(after);
        assertThatThrownBy(() -> declarations.declareWorker(stranger.company.employer, worker.declaration()))
                .isInstanceOf(ApiProblem.class);
        assertThat(lastId()).isEqualTo(afterStranger);
    }

    @Test
    void employerPagesJournalTheWorkersTheyShowButNotTheDashboardCounts() throws Exception {
        var site = given.aCompany().anEstablishment().declare();
        var worker = site.aWorker().classifiedA().declare();
        UUID id = workerId(worker.nir);
        Actor operator = new Actor(ActorKind.OPERATOR, "op-pages", "Nadia Chevalier", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        long before = lastId();

        mvc.perform(get("/employeur").with(as(site.company.employer))).andExpect(status().isOk());
        assertThat(entriesSince(before)).isEmpty();

        mvc.perform(get("/employeur/travailleurs/" + id).with(as(site.company.employer))).andExpect(status().isOk());
        mvc.perform(get("/employeur/travailleurs").param("siren", site.company.siren).with(as(operator)))
                .andExpect(status().isOk());

        assertThat(entriesSince(before)).extracting(e -> e.get("actor_kind"), e -> e.get("on_behalf_of"),
                        e -> e.get("resource"), e -> e.get("worker_id"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("EMPLOYER", "SIREN " + site.company.siren,
                                "GET /employeur/travailleurs/" + id, id),
                        org.assertj.core.groups.Tuple.tuple("OPERATOR", "SIREN " + site.company.siren,
                                "GET /employeur/travailleurs", id));
    }

    @Test
    void theWorkerSeesWhoReadTheirDataAndThatReadingIsJournaledToo() throws Exception {
        var site = given.aCompany().anEstablishment().declare();
        var worker = site.aWorker().declare();
        UUID id = workerId(worker.nir);
        mvc.perform(get("/api/v1/workers/" + id).with(employerToken(site.company.siren))).andExpect(status().isOk());
        Actor self = new Actor(ActorKind.WORKER, "fc-worker", "Jeanne Dupont", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(new Nir(worker.nir)));
        long before = lastId();

        String html = mvc.perform(get("/espace/acces").with(as(self))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Qui a consulté mes données", "Employeur " + site.company.siren,
                "SIREN " + site.company.siren, "Gestion du référentiel", "Déclaration au référentiel", "Autorisé")
                .doesNotContain(worker.nir, "employer-" + site.company.siren);
        assertThat(entriesSince(before)).singleElement().satisfies(e -> {
            assertThat(e.get("data_kind")).isEqualTo("JOURNAL");
            assertThat(e.get("worker_id")).isEqualTo(id);
            assertThat(e.get("actor_kind")).isEqualTo("WORKER");
        });
    }

    @Test
    void aWorkerUnknownToTheRegistrySeesThatNobodyReadTheirDataAndOthersMayNotOpenThePage() throws Exception {
        Actor stranger = new Actor(ActorKind.WORKER, "fc-unknown", "Inconnu", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(new Nir(fr.gouv.travail.dosiportail.registry.TestIds.nir(
                        fr.gouv.travail.dosiportail.core.Sex.M, 1970, 1, 999))));
        long before = lastId();
        mvc.perform(get("/espace/acces").with(as(stranger))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("pas encore enregistré")));
        assertThat(entriesSince(before)).isEmpty();
        mvc.perform(get("/espace/acces").with(as(RegistryFixtures.employerOf("123456782"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyTheOperatorVerifiesTheChain() throws Exception {
        var site = given.aCompany().anEstablishment().declare();
        site.aWorker().declare();
        mvc.perform(get("/api/v1/journal/verification").with(operatorToken())).andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(true)).andExpect(jsonPath("$.entries").value(lastId()))
                .andExpect(jsonPath("$.firstBrokenId").doesNotExist());
        mvc.perform(get("/api/v1/journal/verification").with(employerToken(site.company.siren)))
                .andExpect(status().isForbidden());
    }
}
