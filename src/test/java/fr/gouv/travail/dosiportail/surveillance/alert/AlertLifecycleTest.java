package fr.gouv.travail.dosiportail.surveillance.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.gouv.travail.dosiportail.core.Luhn;
import fr.gouv.travail.dosiportail.registry.Classification;
import fr.gouv.travail.dosiportail.registry.ExposureProfileDeclaration;
import fr.gouv.travail.dosiportail.registry.MonitoringType;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The MDT's lifecycle (raised → analysis → conclusion, each step appended, journaled and told), the worker context
 * that changes the limits (a pregnancy declared by the MDT), classification notices and the CRP's pre-alerts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AlertLifecycleTest {

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

    @Test
    void theMdtStartsTheAnalysisThenConcludesAndEachStepIsAppendedJournaledAndTold() throws Exception {
        var s = new AlertScenario(mvc, jdbc, declarations, "Martin", LocalDate.of(1985, 4, 12));
        UUID alert = raisedAlert(s);
        String other = "1000999999" + Luhn.checkDigit("1000999999");
        assertThat(s.call(post("/api/v1/alerts/" + alert + "/analysis"), "{}", AlertScenario.mdt(other)).getStatus())
                .as("an MDT who does not follow the worker").isEqualTo(404);
        assertThat(s.call(post("/api/v1/alerts/" + alert + "/conclusion"),
                "{\"outcome\":\"MAINTAINED\",\"retainedDoseMsv\":20.5}", AlertScenario.mdt(AlertScenario.RPPS))
                .getStatus()).as("no conclusion before the analysis").isEqualTo(409);
        assertThat(s.call(post("/api/v1/alerts/" + alert + "/analysis"), "{\"note\":\"Enquête\"}", s.employer())
                .getStatus()).isEqualTo(403);
        assertThat(s.call(post("/api/v1/alerts/" + alert + "/analysis"), "{\"note\":\"Enquête\"}",
                AlertScenario.mdt(AlertScenario.RPPS)).getStatus()).isEqualTo(201);
        var concluded = s.call(post("/api/v1/alerts/" + alert + "/conclusion"),
                "{\"outcome\":\"MODIFIED\",\"retainedDoseMsv\":18.2,\"note\":\"Dosimètre laissé en zone\"}",
                AlertScenario.mdt(AlertScenario.RPPS));
        assertThat(concluded.getStatus()).isEqualTo(201);
        assertThat(AlertScenario.json(concluded).path("status").asString()).isEqualTo("CONCLUDED");
        assertThat(s.call(post("/api/v1/alerts/" + alert + "/analysis"), "{}", AlertScenario.mdt(AlertScenario.RPPS))
                .getStatus()).isEqualTo(409);
        s.awaitListeners();
        assertThat(s.steps()).containsExactly("RAISED", "ANALYSIS_STARTED", "CONCLUDED");
        assertThat(jdbc.sql("select outcome || ' ' || retained_msv::text || ' ' || actor from surveillance.alert_current where id = ?")
                .param(alert).query(String.class).single()).isEqualTo("MODIFIED 18.200 " + AlertScenario.RPPS);
        assertThat(s.notifications()).contains("ALERT_STEP OCCUPATIONAL_PHYSICIAN CONCLUDED",
                "ALERT_STEP EMPLOYER CONCLUDED", "ALERT_STEP RADIATION_PROTECTION_ADVISER ANALYSIS_STARTED");
        assertThat(jdbc.sql("select count(*) from journal.entry where worker_id = ? and data_kind = 'ALERT' and action = 'WRITE'")
                .param(s.workerId).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from surveillance.notification where payload::text like '%Dosimètre laissé%'")
                .query(Long.class).single()).as("the MDT's note stays in the alert, not in the notifications").isZero();
    }

    @Test
    void aPregnancyDeclaredByTheMdtCapsTheDoseToTheUnbornChildAtOneMillisievert() throws Exception {
        var s = new AlertScenario(mvc, jdbc, declarations, "Petit", LocalDate.of(1990, 6, 2));
        s.send(s.record("P", "2025-03-01", "2025-03-31", "0.6"), s.record("P", "2025-04-01", "2025-04-30", "0.4"));
        assertThat(s.alerts()).isZero();
        String other = "1000999999" + Luhn.checkDigit("1000999999");
        assertThat(s.call(post("/api/v1/workers/" + s.workerId + "/pregnancy"), "{\"declaredOn\":\"2025-02-15\"}",
                AlertScenario.mdt(other)).getStatus()).isEqualTo(404);
        assertThat(s.call(post("/api/v1/workers/" + s.workerId + "/pregnancy"), "{\"declaredOn\":\"2025-02-15\"}",
                AlertScenario.mdt(AlertScenario.RPPS)).getStatus()).isEqualTo(201);
        s.awaitListeners();
        assertThat(jdbc.sql("select limit_code from surveillance.alert where worker_id = ?").param(s.workerId)
                .query(String.class).list()).containsExactly("UNBORN_CHILD_PREGNANCY");
        assertThat(s.call(post("/api/v1/workers/" + s.workerId + "/pregnancy"),
                "{\"declaredOn\":\"2025-02-15\",\"deliveryOn\":\"2025-03-20\"}", AlertScenario.mdt(AlertScenario.RPPS))
                .getStatus()).isEqualTo(201);
        s.awaitListeners();
        assertThat(s.steps()).as("delivery on 20 March: only 0.6 mSv during the pregnancy")
                .containsExactly("RAISED", "WITHDRAWN_BY_CORRECTION");
        assertThat(jdbc.sql("select count(*) from journal.entry where worker_id = ? and resource like '%/pregnancy'")
                .param(s.workerId).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aCategoryBWorkerAboveSixMillisievertGetsOneClassificationNoticeAndTheCrpItsPreAlert() throws Exception {
        var s = new AlertScenario(mvc, jdbc, declarations, "Bernard", LocalDate.of(1985, 4, 12));
        declarations.declareExposureProfile(s.site.company.employer, new ExposureProfileDeclaration(
                s.worker.employmentId, LocalDate.of(2024, 6, 1), Classification.B, null, false, false,
                "MED_CARDIO_INTERV", "CARDIO_INTERV", Set.of(MonitoringType.EXTERNAL_WHOLE_BODY)));
        UUID establishment = s.site.receipt.subjectId();
        assertThat(s.call(post("/api/v1/establishments/" + establishment + "/dose-constraints"),
                "{\"quantity\":\"EFFECTIVE\",\"valueMsv\":5,\"preAlertFraction\":0.8}", AlertScenario.crp("autre@example.fr"))
                .getStatus()).isEqualTo(404);
        assertThat(s.call(post("/api/v1/establishments/" + establishment + "/dose-constraints"),
                "{\"quantity\":\"EFFECTIVE\",\"valueMsv\":5,\"preAlertFraction\":0.8}",
                AlertScenario.crp(AlertScenario.CRP_EMAIL)).getStatus()).isEqualTo(201);
        s.send(s.record("B", "2025-01-01", "2025-01-31", "3.9"));
        assertThat(s.notifications()).isEmpty();
        s.send(s.record("B", "2025-02-01", "2025-02-28", "0.1"));
        assertThat(s.notifications()).containsExactly("CONSTRAINT_PRE_ALERT RADIATION_PROTECTION_ADVISER CONSTRAINT_PRE_ALERT");
        s.send(s.record("B", "2025-03-01", "2025-03-31", "2.1"), s.record("B", "2025-04-01", "2025-04-30", "0.2"));
        s.send(s.record("B", "2025-05-01", "2025-05-31", "0.2"));
        assertThat(s.notifications()).containsExactlyInAnyOrder(
                "CONSTRAINT_PRE_ALERT RADIATION_PROTECTION_ADVISER CONSTRAINT_PRE_ALERT",
                "CLASSIFICATION_NOTICE EMPLOYER CATEGORY_B_ABOVE_A_THRESHOLD",
                "CLASSIFICATION_NOTICE OCCUPATIONAL_PHYSICIAN CATEGORY_B_ABOVE_A_THRESHOLD");
        String employer = jdbc.sql("select title_fr || payload::text from surveillance.notification where worker_id = ?"
                + " and recipient_kind = 'EMPLOYER'").param(s.workerId).query(String.class).single();
        assertThat(employer).contains("Bernard").doesNotContain("6.3", "6,3", "mSv");
    }

    @Test
    void aWorkPostsConstraintPreAlertsOnlyForWorkersOnThatPost() throws Exception {
        var s = new AlertScenario(mvc, jdbc, declarations, "Poste", LocalDate.of(1986, 5, 12));
        declarations.declareExposureProfile(s.site.company.employer, new ExposureProfileDeclaration(
                s.worker.employmentId, LocalDate.of(2024, 6, 1), Classification.A, null, false, false,
                "MED_CARDIO_INTERV", "CARDIO_INTERV", Set.of(MonitoringType.EXTERNAL_WHOLE_BODY)));
        UUID establishment = s.site.receipt.subjectId();
        var crp = AlertScenario.crp(AlertScenario.CRP_EMAIL);
        var unknownPost = s.call(post("/api/v1/establishments/" + establishment + "/dose-constraints"),
                "{\"quantity\":\"EFFECTIVE\",\"valueMsv\":2,\"preAlertFraction\":0.5,\"occupationCode\":\"NOPE\"}", crp);
        assertThat(unknownPost.getStatus()).isEqualTo(400);
        assertThat(unknownPost.getContentAsString()).contains("occupationCode", "UNKNOWN_OCCUPATION");
        assertThat(s.call(post("/api/v1/establishments/" + establishment + "/dose-constraints"),
                "{\"quantity\":\"EFFECTIVE\",\"valueMsv\":2,\"preAlertFraction\":0.5,\"occupationCode\":\"RADIOLOGUE\"}",
                crp).getStatus()).isEqualTo(201);
        s.send(s.record("P", "2025-01-01", "2025-01-31", "1.5"));
        assertThat(s.notifications()).as("another post's constraint").isEmpty();
        assertThat(s.call(post("/api/v1/establishments/" + establishment + "/dose-constraints"),
                "{\"quantity\":\"EFFECTIVE\",\"valueMsv\":2,\"preAlertFraction\":0.5,\"occupationCode\":\"CARDIO_INTERV\"}",
                crp).getStatus()).isEqualTo(201);
        s.send(s.record("P", "2025-02-01", "2025-02-28", "0.1"));
        assertThat(s.notifications()).containsExactly("CONSTRAINT_PRE_ALERT RADIATION_PROTECTION_ADVISER CONSTRAINT_PRE_ALERT");
    }

    @Test
    void anExceptionalExposureAuthorisedByTheInspectorReplacesTheOrdinaryLimitForItsPeriod() throws Exception {
        var s = new AlertScenario(mvc, jdbc, declarations, "Roux", LocalDate.of(1985, 4, 12));
        UUID alert = raisedAlert(s);
        String body = "{\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-06-30\",\"decisionReference\":\"DREETS-IDF-2024-17\"}";
        var elsewhere = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt()
                .authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_LABOUR_INSPECTOR"))
                .jwt(j -> j.subject("inspector-13").claim("actor_kind", "LABOUR_INSPECTOR").claim("territory", java.util.List.of("13")));
        assertThat(s.call(post("/api/v1/workers/" + s.workerId + "/exceptional-exposures"), body, elsewhere).getStatus())
                .as("outside the inspector's territory").isEqualTo(404);
        var paris = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt()
                .authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_LABOUR_INSPECTOR"))
                .jwt(j -> j.subject("inspector-75").claim("actor_kind", "LABOUR_INSPECTOR").claim("territory", java.util.List.of("75")));
        assertThat(s.call(post("/api/v1/workers/" + s.workerId + "/exceptional-exposures"), body, paris).getStatus())
                .isEqualTo(201);
        s.awaitListeners();
        assertThat(jdbc.sql("select status from surveillance.alert_current where id = ?").param(alert)
                .query(String.class).single()).as("20.5 mSv is under the authorised 50 mSv").isEqualTo("WITHDRAWN");
        assertThat(jdbc.sql("select count(*) from surveillance.exceptional_exposure where worker_id = ?")
                .param(s.workerId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDefenceEstablishmentsAlertGoesToTheDefenceInspectorateInsteadOfTheMinistry() throws Exception {
        var s = new AlertScenario(mvc, jdbc, declarations, "Garnier", LocalDate.of(1985, 4, 12));
        jdbc.sql("update registry.establishment set defence = true, updated_by = 'test' where siret = ?")
                .param(s.site.siret).update();
        UUID alert = raisedAlert(s);
        assertThat(jdbc.sql("select recipient_kind || ' ' || recipient_key || ' ' || (worker_id is null) from surveillance.notification"
                + " where subject_id = ? and recipient_kind in ('MINISTRY', 'DEFENCE_INSPECTORATE')").param(alert)
                .query(String.class).list()).containsExactly("DEFENCE_INSPECTORATE DSND true");
    }
}
