package fr.gouv.travail.dosiportail.surveillance.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.gouv.travail.dosiportail.core.Luhn;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The MDT's lifecycle actions on a limit alert's page: only the MDT following the worker sees them; analysis then
 * conclusion with a decimal comma, each answered by a DSFR notice; errors in French in the summary and beside the
 * fields; a step out of order or an alert of another MDT answered in French on a page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AlertLifecyclePagesTest {

    private static final String OTHER_RPPS = "1000999999" + Luhn.checkDigit("1000999999");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistryDeclarations declarations;

    private UUID raisedAlert(AlertScenario s) throws Exception {
        s.send(s.record("D", "2025-01-01", "2025-01-31", "5"), s.record("D", "2025-02-01", "2025-02-28", "5"),
                s.record("D", "2025-03-01", "2025-03-31", "5"), s.record("D", "2025-04-01", "2025-04-30", "5"),
                s.record("D", "2025-05-01", "2025-05-31", "0.5"));
        return jdbc.sql("select id from surveillance.alert where worker_id = ?").param(s.workerId).query(UUID.class)
                .single();
    }

    private UUID notification(UUID alert, String recipientKind) {
        return jdbc.sql("""
                select id from surveillance.notification where subject_id = ? and recipient_kind = ?
                order by created_at limit 1""").params(alert, recipientKind).query(UUID.class).single();
    }

    private MockHttpServletResponse page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andReturn().getResponse();
    }

    private MvcResult submit(MockHttpServletRequestBuilder form, RequestPostProcessor who) throws Exception {
        return mvc.perform(form.with(who).with(csrf())).andReturn();
    }

    private String status(UUID alert) {
        return jdbc.sql("select status from surveillance.alert_current where id = ?").param(alert)
                .query(String.class).single();
    }

    @Test
    void onlyTheMdtFollowingTheWorkerSeesTheAlertsFollowUpAndItsAction() throws Exception {
        var s = new AlertScenario(mvc, jdbc, declarations, "Garnier", LocalDate.of(1984, 3, 9));
        UUID alert = raisedAlert(s);
        var mdt = page("/alertes/" + notification(alert, "OCCUPATIONAL_PHYSICIAN"), AlertScenario.mdt(AlertScenario.RPPS));
        assertThat(mdt.getStatus()).isEqualTo(200);
        assertThat(mdt.getContentAsString()).contains("id=\"etat-alerte\"", "Levée, à analyser", "Alerte levée",
                "id=\"commencer-analyse\"", "Commencer l’analyse").doesNotContain("id=\"conclure\"");

        var readers = java.util.Map.of("EMPLOYER", s.employer(),
                "RADIATION_PROTECTION_ADVISER", AlertScenario.crp(AlertScenario.CRP_EMAIL),
                "MINISTRY", AlertScenario.ministry("DGT"));
        for (var reader : readers.entrySet()) {
            var r = page("/alertes/" + notification(alert, reader.getKey()), reader.getValue());
            assertThat(r.getStatus()).as(reader.getKey()).isEqualTo(200);
            assertThat(r.getContentAsString()).as(reader.getKey())
                    .doesNotContain("id=\"suivi\"", "commencer-analyse", "form-conclusion", "/analyse");
        }
        assertThat(submit(post("/alertes/" + notification(alert, "EMPLOYER") + "/analyse"), s.employer())
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(status(alert)).isEqualTo("RAISED");
    }

    @Test
    void theMdtStartsTheAnalysisThenConcludesDoseMaintainedWithADecimalComma() throws Exception {
        var s = new AlertScenario(mvc, jdbc, declarations, "Fontaine", LocalDate.of(1986, 7, 21));
        UUID alert = raisedAlert(s);
        UUID n = notification(alert, "OCCUPATIONAL_PHYSICIAN");
        RequestPostProcessor mdt = AlertScenario.mdt(AlertScenario.RPPS);

        MvcResult started = submit(post("/alertes/" + n + "/analyse").param("analysisNote", "Entretien prévu"), mdt);
        assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/alertes/" + n);
        assertThat(started.getFlashMap().get("done")).isEqualTo("analysis");
        assertThat(status(alert)).isEqualTo("ANALYSIS_STARTED");
        assertThat(page("/alertes/" + n, mdt).getContentAsString()).contains("Analyse commencée", "Entretien prévu",
                "id=\"form-conclusion\"", "outcome-MAINTAINED").doesNotContain("id=\"commencer-analyse\"");

        MvcResult empty = submit(post("/alertes/" + n + "/conclusion").param("retainedDoseMsv", "vingt"), mdt);
        assertThat(empty.getResponse().getStatus()).isEqualTo(400);
        assertThat(empty.getResponse().getContentAsString()).contains("id=\"resume-erreurs\"",
                "Choisissez la conclusion de l’analyse.", "href=\"#outcome-MAINTAINED\"",
                "La dose retenue doit être un nombre positif ou nul", "id=\"retainedDoseMsv-erreur\"",
                "fr-fieldset--error", "value=\"vingt\"");
        assertThat(status(alert)).isEqualTo("ANALYSIS_STARTED");

        MvcResult concluded = submit(post("/alertes/" + n + "/conclusion").param("outcome", "MAINTAINED")
                .param("retainedDoseMsv", "20,5").param("conclusionNote", "Dose confirmée"), mdt);
        assertThat(concluded.getResponse().getRedirectedUrl()).isEqualTo("/alertes/" + n);
        assertThat(concluded.getFlashMap().get("done")).isEqualTo("conclusion");
        assertThat(jdbc.sql("select status || ' ' || outcome || ' ' || retained_msv::text from surveillance.alert_current"
                + " where id = ?").param(alert).query(String.class).single()).isEqualTo("CONCLUDED MAINTAINED 20.500");
        var after = page("/alertes/" + n, mdt).getContentAsString();
        assertThat(after).contains("Analyse conclue", "Dose maintenue", "20,5", "Dose confirmée")
                .doesNotContain("id=\"form-conclusion\"", "id=\"commencer-analyse\"");

        MvcResult again = submit(post("/alertes/" + n + "/analyse"), mdt);
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(again.getResponse().getContentAsString())
                .contains("Cette étape n’est plus possible : l’alerte est à l’état « Analyse conclue ».")
                .doesNotContain("Exception");
    }

    @Test
    void anotherMdtWhoPostsTheStepIsToldTheAlertWasNotFoundAndNothingChanges() throws Exception {
        var s = new AlertScenario(mvc, jdbc, declarations, "Roussel", LocalDate.of(1983, 11, 30));
        UUID alert = raisedAlert(s);
        UUID n = notification(alert, "OCCUPATIONAL_PHYSICIAN");
        MvcResult other = submit(post("/alertes/" + n + "/analyse").param("analysisNote", "x"),
                AlertScenario.mdt(OTHER_RPPS));
        assertThat(other.getResponse().getStatus()).isEqualTo(404);
        assertThat(other.getResponse().getContentAsString()).contains("Alerte introuvable",
                "Cette alerte est introuvable, ou vous ne suivez pas le travailleur concerné.")
                .doesNotContain("Garnier", "Roussel");
        MvcResult conclusion = submit(post("/alertes/" + n + "/conclusion").param("outcome", "CANCELLED")
                .param("retainedDoseMsv", "0"), AlertScenario.mdt(OTHER_RPPS));
        assertThat(conclusion.getResponse().getStatus()).isEqualTo(404);
        assertThat(page("/alertes/" + n, AlertScenario.mdt(OTHER_RPPS)).getContentAsString())
                .doesNotContain("commencer-analyse");
        assertThat(status(alert)).isEqualTo("RAISED");
    }
}
