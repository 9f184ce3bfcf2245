package fr.gouv.travail.dosiportail.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The MDT's delegations through the API: a grant opens the delegate's access at once, within the MDT's own rights,
 * a revocation closes it; each publishes its event; another MDT's delegation is not found; limits are checked.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@RecordApplicationEvents
class DelegationApiTest {

    private final AccessScenario s = new AccessScenario();
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void scenario() {
        s.build(jdbc);
    }

    private RequestPostProcessor mdtA() {
        return AccessScenario.token("OCCUPATIONAL_PHYSICIAN", Map.of("rpps", s.rppsA));
    }

    private RequestPostProcessor nurse(String email) {
        return AccessScenario.token("HEALTH_PROFESSIONAL", Map.of("email", email));
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder r, String body, RequestPostProcessor who)
            throws Exception {
        return mvc.perform(r.contentType(MediaType.APPLICATION_JSON).content(body).with(who)).andReturn().getResponse();
    }

    private int access(RequestPostProcessor who, UUID worker, String kind) throws Exception {
        return mvc.perform(get("/api/v1/workers/" + worker + "/access").param("dataKind", kind).with(who))
                .andReturn().getResponse().getStatus();
    }

    private static String grant(String email, String kinds, String sirets) {
        return """
                {"delegateKind":"HEALTH_PROFESSIONAL","delegateName":"Camille Martin","delegateEmail":"%s",
                 "dataKinds":[%s],"sirets":[%s],"validFrom":"%s"}""".formatted(email, kinds, sirets, AccessScenario.T);
    }

    @Test
    void aGrantOpensTheDelegatesAccessWithinItsKindsAndARevocationClosesIt() throws Exception {
        String email = "camille-" + s.n + "@example.fr";
        assertThat(access(nurse(email), s.v, "EXTERNAL_DOSE")).isEqualTo(404);
        var created = send(post("/api/v1/delegations"), grant(email, "\"EXTERNAL_DOSE\"", "\"" + s.siretA + "\""), mdtA());
        assertThat(created.getStatus()).isEqualTo(201);
        UUID id = UUID.fromString(created.getContentAsString().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
        assertThat(events.stream(DelegationGranted.class).filter(e -> e.delegationId().equals(id))).hasSize(1);

        assertThat(access(nurse(email), s.v, "EXTERNAL_DOSE")).isEqualTo(200);
        assertThat(jdbc.sql("select on_behalf_of from journal.entry where worker_id = ? order by id desc limit 1")
                .param(s.v).query(String.class).single()).as("the journal names the delegating MDT")
                .isEqualTo("MDT RPPS " + s.rppsA);
        assertThat(access(nurse(email), s.v, "INTERNAL_DOSE")).as("kind not delegated").isEqualTo(404);
        assertThat(access(nurse(email), s.w, "EXTERNAL_DOSE")).as("beyond the MDT's own rights").isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/delegations").with(mdtA())).andReturn().getResponse().getContentAsString())
                .contains(id.toString(), "\"status\":\"ACTIVE\"", email);

        assertThat(send(post("/api/v1/delegations/" + id + "/revoke"), "{\"reason\":\"Fin de mission\"}", mdtA())
                .getStatus()).isEqualTo(204);
        assertThat(events.stream(DelegationRevoked.class).filter(e -> e.delegationId().equals(id))).hasSize(1);
        assertThat(access(nurse(email), s.v, "EXTERNAL_DOSE")).isEqualTo(404);
        assertThat(send(post("/api/v1/delegations/" + id + "/revoke"), "{\"reason\":\"Encore\"}", mdtA()).getStatus())
                .isEqualTo(409);
        assertThat(jdbc.sql("select revocation_reason from access.delegation where id = ?").param(id)
                .query(String.class).single()).isEqualTo("Fin de mission");
    }

    @Test
    void anotherPhysicianCannotSeeOrRevokeTheDelegationAndOthersMayNotDelegate() throws Exception {
        var created = send(post("/api/v1/delegations"), grant("x-" + s.n + "@example.fr", "\"ALERT\"", ""), mdtA());
        UUID id = UUID.fromString(created.getContentAsString().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
        RequestPostProcessor mdtB = AccessScenario.token("OCCUPATIONAL_PHYSICIAN", Map.of("rpps", s.rppsB));
        assertThat(send(post("/api/v1/delegations/" + id + "/revoke"), "{\"reason\":\"x\"}", mdtB).getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/delegations").with(mdtB)).andReturn().getResponse().getContentAsString())
                .doesNotContain(id.toString());
        RequestPostProcessor crp = AccessScenario.token("RADIATION_PROTECTION_ADVISER", Map.of("email", s.crpA));
        assertThat(send(post("/api/v1/delegations"), grant("y@example.fr", "\"ALERT\"", ""), crp).getStatus())
                .isEqualTo(403);
        assertThat(send(post("/api/v1/delegations"), grant("y@example.fr", "\"ALERT\"", ""), nurse(s.hp1)).getStatus())
                .isEqualTo(403);
    }

    @Test
    void aPhysicianDelegatesOnlyForEstablishmentsThatDesignateThemAndOnlyWorkerData() throws Exception {
        var notMine = send(post("/api/v1/delegations"), grant("z@example.fr", "\"ALERT\"", "\"" + s.siretB + "\""), mdtA());
        assertThat(notMine.getStatus()).isEqualTo(400);
        assertThat(notMine.getContentAsString()).contains("NOT_DESIGNATED");
        var journal = send(post("/api/v1/delegations"), grant("z@example.fr", "\"JOURNAL\"", ""), mdtA());
        assertThat(journal.getStatus()).isEqualTo(400);
        assertThat(journal.getContentAsString()).contains("NOT_DELEGABLE");
        var self = send(post("/api/v1/delegations"), """
                {"delegateKind":"OCCUPATIONAL_PHYSICIAN","delegateName":"Moi","delegateRpps":"%s",
                 "dataKinds":["ALERT"],"validFrom":"%s"}""".formatted(s.rppsA, AccessScenario.T), mdtA());
        assertThat(self.getStatus()).isEqualTo(400);
        assertThat(self.getContentAsString()).contains("SELF");
        var noDelegate = send(post("/api/v1/delegations"), """
                {"delegateKind":"OCCUPATIONAL_PHYSICIAN","delegateName":"Autre","delegateEmail":"a@example.fr",
                 "dataKinds":["ALERT"],"validFrom":"%s"}""".formatted(AccessScenario.T), mdtA());
        assertThat(noDelegate.getStatus()).isEqualTo(400);
        assertThat(noDelegate.getContentAsString()).contains("delegateRpps");
        var crpDoses = send(post("/api/v1/delegations"), """
                {"delegateKind":"RADIATION_PROTECTION_ADVISER","delegateName":"CRP","delegateEmail":"%s",
                 "dataKinds":["INTERNAL_DOSE","EXTERNAL_DOSE"],"validFrom":"%s"}""".formatted(s.crpB, AccessScenario.T), mdtA());
        assertThat(crpDoses.getStatus()).isEqualTo(400);
        assertThat(crpDoses.getContentAsString()).contains("CRP_INTERNAL_ONLY");
    }
}
