package fr.gouv.travail.dosiportail.surveillance.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Alerts raised in real time through the real APIs (dose records, corrections) and Modulith's asynchronous
 * listeners: strictly above the limit only, once per cause whatever the order or repetition of the records, updated,
 * withdrawn or raised by corrections and late results.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AlertRaisingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistryDeclarations declarations;
    @Autowired
    NationalRecompute recompute;

    AlertScenario s;

    @BeforeEach
    void aWorkerFollowedByAnMdtAndACrp() {
        s = new AlertScenario(mvc, jdbc, declarations, "Dupont", LocalDate.of(1985, 4, 12));
    }

    /** Four months of 5 mSv: exactly the limit, and each exactly a quarter of it (R.4451-74 says "more than"). */
    String[] fourTimesFive() {
        return new String[]{s.record("D1", "2025-01-01", "2025-01-31", "5"), s.record("D1", "2025-02-01", "2025-02-28", "5"),
                s.record("D1", "2025-03-01", "2025-03-31", "5"), s.record("D1", "2025-04-01", "2025-04-30", "5")};
    }

    @Test
    void exactlyTheLimitRaisesNothing() throws Exception {
        s.send(fourTimesFive());
        assertThat(s.alerts()).isZero();
        assertThat(s.notifications()).isEmpty();
    }

    @Test
    void oneRecordAboveAQuarterOfTheAnnualLimitIsASignificantEventForTheEmployer() throws Exception {
        s.send(s.record("D1", "2025-01-01", "2025-01-31", "5.001"));
        assertThat(s.alerts()).isZero();
        assertThat(s.notifications()).containsExactlyInAnyOrder("SIGNIFICANT_EVENT EMPLOYER QUARTER_OF_ANNUAL_LIMIT",
                "SIGNIFICANT_EVENT OCCUPATIONAL_PHYSICIAN QUARTER_OF_ANNUAL_LIMIT");
        var events = s.json(s.read("/api/v1/significant-events", s.employer()));
        assertThat(events).hasSize(1);
        assertThat(events.path(0).path("kind").asString()).isEqualTo("QUARTER_OF_ANNUAL_LIMIT");
        assertThat(events.toString()).doesNotContain("5.001", "5,001");
    }

    @Test
    void justAboveTheLimitRaisesOneAlertToldToEachRecipientOnce() throws Exception {
        s.send(s.record("D1", "2025-01-01", "2025-01-31", "5"), s.record("D1", "2025-02-01", "2025-02-28", "5"),
                s.record("D1", "2025-03-01", "2025-03-31", "5"), s.record("D1", "2025-04-01", "2025-04-30", "4.001"),
                s.record("D1", "2025-05-01", "2025-05-31", "1"));
        assertThat(s.alerts()).isEqualTo(1);
        assertThat(s.steps()).containsExactly("RAISED");
        assertThat(s.notifications()).containsExactlyInAnyOrder("LIMIT_ALERT MINISTRY RAISED",
                "LIMIT_ALERT OCCUPATIONAL_PHYSICIAN RAISED", "LIMIT_ALERT RADIATION_PROTECTION_ADVISER RAISED",
                "LIMIT_ALERT EMPLOYER RAISED");
        var row = jdbc.sql("select counted_msv::text, window_start, window_end, limit_code, article from surveillance.alert_current"
                + " where worker_id = ?").param(s.workerId).query().singleRow();
        assertThat(row.get("counted_msv")).isEqualTo("20.001");
        assertThat(row.get("limit_code")).isEqualTo("EFFECTIVE_12M");
        assertThat(row.get("article")).isEqualTo("R.4451-6 1°");
        assertThat(jdbc.sql("select until_date from surveillance.reinforced_follow_up where worker_id = ?")
                .param(s.workerId).query(LocalDate.class).single())
                .as("R.4451-81: twelve months of reinforced follow-up").isEqualTo(
                        jdbc.sql("select (raised_at at time zone 'Europe/Paris')::date + interval '12 months' - interval '1 day'"
                                + " from surveillance.alert where worker_id = ?").param(s.workerId)
                                .query(java.sql.Timestamp.class).single().toLocalDateTime().toLocalDate());
    }

    @Test
    void theSameRecordsSentAgainRaiseNothingMore() throws Exception {
        String[] four = fourTimesFive();
        String b = s.record("D1", "2025-05-01", "2025-05-31", "1");
        s.send(four);
        s.send(b);
        List<String> told = s.notifications();
        assertThat(told).hasSize(4);
        s.send(four);
        s.send(b);
        s.send(b, four[0]);
        assertThat(s.alerts()).isEqualTo(1);
        assertThat(s.steps()).containsExactly("RAISED");
        assertThat(s.notifications()).isEqualTo(told);
    }

    @Test
    void recordsArrivingOutOfOrderRaiseOneAlertWithTheWholeEpisode() throws Exception {
        s.send(s.record("D1", "2025-06-01", "2025-06-30", "5"), s.record("D1", "2025-07-01", "2025-07-31", "4"));
        s.send(s.record("D1", "2025-02-01", "2025-02-28", "5"), s.record("D1", "2025-03-01", "2025-03-31", "4"));
        assertThat(s.alerts()).isZero();
        s.send(s.record("D1", "2025-04-01", "2025-04-30", "3"));
        assertThat(s.alerts()).isEqualTo(1);
        s.send(s.record("D1", "2025-01-01", "2025-01-31", "1"));
        assertThat(s.alerts()).as("an earlier record in the same episode updates the alert").isEqualTo(1);
        assertThat(s.steps()).containsExactly("RAISED", "UPDATED");
        assertThat(jdbc.sql("select counted_msv::text from surveillance.alert_current where worker_id = ?")
                .param(s.workerId).query(String.class).single()).isEqualTo("22.000");
        assertThat(jdbc.sql("select count(*) from surveillance.alert_step where kind = 'RAISED' and alert_id in"
                + " (select id from surveillance.alert where worker_id = ?)").param(s.workerId).query(Long.class)
                .single()).as("the figures of the first step are kept").isEqualTo(1);
    }

    @Test
    void aLateResultPushingTheSumOverRaisesTheAlert() throws Exception {
        s.send(fourTimesFive());
        s.send(s.record("D1", "2025-05-01", "2025-05-31", "null", "HP10", "WHOLE_BODY", "NO_RESULT"));
        assertThat(s.alerts()).isZero();
        s.send(s.record("D1", "2025-05-01", "2025-05-31", "2.5"));
        assertThat(jdbc.sql("select count(*) from dosimetry.dose_record where worker_id = ? and status = 'LATE_RESULT'")
                .param(s.workerId).query(Long.class).single()).isEqualTo(1);
        assertThat(s.alerts()).isEqualTo(1);
    }

    @Test
    void aCorrectionLoweringTheDoseWithdrawsTheAlertAndOneRaisingItAgainReopensIt() throws Exception {
        s.send(fourTimesFive());
        List<UUID> ids = s.send(s.record("D1", "2025-05-01", "2025-05-31", "1"));
        assertThat(s.alerts()).isEqualTo(1);
        assertThat(s.json(s.read("/api/v1/significant-events", s.employer())).path(0).path("kind").asString())
                .isEqualTo("LIMIT_EXCEEDED");
        var corrected = s.call(post("/api/v1/dose-records/" + ids.get(0) + "/corrections"),
                "{\"valueMsv\":0,\"belowThreshold\":false,\"resultStatus\":\"RESULT\",\"reason\":\"Dosimètre mal lu\"}",
                AlertScenario.lab());
        assertThat(corrected.getStatus()).isEqualTo(201);
        s.awaitListeners();
        assertThat(s.steps()).containsExactly("RAISED", "WITHDRAWN_BY_CORRECTION");
        assertThat(jdbc.sql("select status || ' ' || counted_msv::text from surveillance.alert_current where worker_id = ?")
                .param(s.workerId).query(String.class).single()).isEqualTo("WITHDRAWN 20.000");
        assertThat(s.notifications()).contains("ALERT_STEP MINISTRY WITHDRAWN_BY_CORRECTION",
                "ALERT_STEP OCCUPATIONAL_PHYSICIAN WITHDRAWN_BY_CORRECTION", "ALERT_STEP EMPLOYER WITHDRAWN_BY_CORRECTION");
        assertThat(s.json(s.read("/api/v1/significant-events", s.employer()))).as("a withdrawn exceedance").isEmpty();

        UUID current = jdbc.sql("select id from dosimetry.current_dose_record where worker_id = ? and period_start = ?")
                .params(s.workerId, LocalDate.of(2025, 5, 1)).query(UUID.class).single();
        s.call(post("/api/v1/dose-records/" + current + "/corrections"),
                "{\"valueMsv\":0.5,\"belowThreshold\":false,\"resultStatus\":\"RESULT\",\"reason\":\"Relecture\"}",
                AlertScenario.lab());
        s.awaitListeners();
        assertThat(s.alerts()).as("the same cause: the same alert").isEqualTo(1);
        assertThat(s.steps()).containsExactly("RAISED", "WITHDRAWN_BY_CORRECTION", "REOPENED");
    }

    @Test
    void aCancellationWithdrawsTheAlert() throws Exception {
        s.send(fourTimesFive());
        List<UUID> ids = s.send(s.record("D1", "2025-05-01", "2025-05-31", "1"));
        s.call(post("/api/v1/dose-records/" + ids.get(0) + "/cancellation"), "{\"reason\":\"Dosimètre d’un autre\"}",
                AlertScenario.lab());
        s.awaitListeners();
        assertThat(s.steps()).containsExactly("RAISED", "WITHDRAWN_BY_CORRECTION");
    }

    @Test
    void twelveMonthsEndingOnTheTwentyNinthOfFebruaryStartOnTheFirstOfMarch() throws Exception {
        s.send(s.record("D1", "2023-02-28", "2023-02-28", "10"), s.record("D1", "2024-02-29", "2024-02-29", "10.5"));
        assertThat(s.alerts()).as("28 Feb 2023 and 29 Feb 2024 are never in the same 12 months").isZero();
        s.send(s.record("D2", "2023-03-01", "2023-03-01", "10"));
        assertThat(s.alerts()).isEqualTo(1);
        assertThat(jdbc.sql("select window_start || ' ' || window_end from surveillance.alert_current where worker_id = ?")
                .param(s.workerId).query(String.class).single()).isEqualTo("2023-03-01 2024-02-29");
    }

    @Test
    void anExtremityAndALensDoseAreCappedPerSiteAndRaiseTheirOwnAlerts() throws Exception {
        s.send(s.record("R1", "2025-01-01", "2025-03-31", "300", "HP007", "EXTREMITY", "RESULT"),
                s.record("R1", "2025-04-01", "2025-06-30", "200.5", "HP007", "EXTREMITY", "RESULT"),
                s.record("L1", "2025-01-01", "2025-03-31", "20.5", "HP3", "LENS", "RESULT"));
        assertThat(jdbc.sql("select limit_code || ' ' || site from surveillance.alert where worker_id = ? order by 1")
                .param(s.workerId).query(String.class).list())
                .containsExactly("EXTREMITY_SKIN_12M EXTREMITY", "LENS_12M LENS");
    }

    @Test
    void theNationalRecomputationFindsWhatTheListenerRaisedAndRaisesNothingTwice() throws Exception {
        s.send(fourTimesFive());
        long before = jdbc.sql("select count(*) from surveillance.notification").query(Long.class).single();
        var first = recompute.run(7, 100);
        assertThat(first.workers()).isGreaterThanOrEqualTo(1);
        assertThat(first.notifications()).as("nothing new: every exceedance already has its alert").isZero();
        s.send(s.record("D1", "2025-05-01", "2025-05-31", "0.5"));
        assertThat(s.alerts()).isEqualTo(1);
        assertThat(recompute.run(3, 100).notifications()).isZero();
        assertThat(jdbc.sql("select count(*) from surveillance.notification").query(Long.class).single())
                .isEqualTo(before + 4);
    }
}
