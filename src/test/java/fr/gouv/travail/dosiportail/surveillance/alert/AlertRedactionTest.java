package fr.gouv.travail.dosiportail.surveillance.alert;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Arrêté du 23 juin 2023 art. 5: the employer's version carries no figure at all (none of the doses, sums or the
 * limit, in any notation), the ministry's no identity, the MDT's and CRP's the identity and the values. Checked on
 * the stored rows (titles and payloads, every step) and on what each reader gets from {@code GET /api/v1/alerts}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AlertRedactionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistryDeclarations declarations;

    AlertScenario s;
    /** Doses chosen so that every figure is recognisable: 4.375 + 4.625 + 4.875 + 4.937 + 1.813 = 20.625. */
    static final List<String> VALUES = List.of("4.375", "4.625", "4.875", "4.937", "1.813");
    static final List<String> FIGURES = List.of("4.375", "4.625", "4.875", "4.937", "1.813", "20.625", "20.62", "20.6",
            "18.812", "18.81", "20 mSv", "20.0", "\"20\"", "mSv", "limitMsv", "countedMsv");

    @BeforeEach
    void anExceedanceCorrectedThenAnalysed() throws Exception {
        s = new AlertScenario(mvc, jdbc, declarations, "Zorglub", LocalDate.of(1979, 11, 3));
        String[] months = {"01", "02", "03", "04", "05"};
        String[] records = new String[5];
        for (int i = 0; i < 5; i++) {
            records[i] = s.record("R", "2025-" + months[i] + "-01", "2025-" + months[i] + "-28", VALUES.get(i));
        }
        s.send(records);
        var id = jdbc.sql("select id from surveillance.alert where worker_id = ?").param(s.workerId)
                .query(java.util.UUID.class).single();
        assertThat(s.call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/api/v1/alerts/" + id + "/analysis"), "{\"note\":\"Analyse avec le CRP\"}",
                AlertScenario.mdt(AlertScenario.RPPS)).getStatus()).isEqualTo(201);
        s.awaitListeners();
    }

    private List<Map<String, Object>> rows(String recipientKind) {
        return jdbc.sql("""
                select n.title_fr, n.title_en, n.payload::text as payload, n.worker_id from surveillance.notification n
                where n.subject_id in (select id from surveillance.alert where worker_id = ?) and n.recipient_kind = ?""")
                .params(s.workerId, recipientKind).query().listOfRows();
    }

    @Test
    void theEmployersVersionHoldsNoFigureInAnyNotation() throws Exception {
        List<Map<String, Object>> employer = rows("EMPLOYER");
        assertThat(employer).hasSize(2); // raised, analysis started
        for (Map<String, Object> row : employer) {
            String all = row.get("title_fr") + " " + row.get("title_en") + " " + row.get("payload");
            for (String figure : FIGURES) {
                assertThat(all).doesNotContainIgnoringCase(figure).doesNotContainIgnoringCase(figure.replace('.', ','));
            }
            assertThat(all).contains("Zorglub", "Jeanne Marie");
        }
        String listed = AlertScenario.json(s.read("/api/v1/alerts", s.employer())).toString();
        assertThat(listed).contains("Zorglub").contains("ANALYSIS_STARTED");
        for (String figure : FIGURES) {
            assertThat(listed).doesNotContainIgnoringCase(figure).doesNotContainIgnoringCase(figure.replace('.', ','));
        }
    }

    @Test
    void theMinistrysVersionHoldsNoIdentityButTheContext() throws Exception {
        List<Map<String, Object>> ministry = rows("MINISTRY");
        assertThat(ministry).hasSize(2);
        for (Map<String, Object> row : ministry) {
            String all = row.get("title_fr") + " " + row.get("title_en") + " " + row.get("payload");
            assertThat(row.get("worker_id")).isNull();
            assertThat(all).doesNotContain("Zorglub", "Jeanne", s.worker.nir, s.worker.nir.substring(0, 13),
                    s.workerId.toString(), "1979-11-03", "03/11/1979");
            assertThat(all).contains("Clinique " + s.site.company.siren, "Paris", "75002", "86.10Z", "20.625",
                    "R.4451-6 1°", "durationDays");
        }
        String listed = AlertScenario.json(s.read("/api/v1/alerts", AlertScenario.operator())).toString();
        assertThat(listed).contains("20.625").doesNotContain("Zorglub", s.workerId.toString());
        String dgt = AlertScenario.json(s.read("/api/v1/alerts", AlertScenario.ministry("DGT"))).toString();
        assertThat(dgt).contains("20.625", "R.4451-6 1°").doesNotContain("Zorglub", "Jeanne", s.workerId.toString());
        assertThat(dgt).contains("Clinique " + s.site.company.siren);
        // a civil establishment's alert is the DGT's, not the defence inspectorate's
        assertThat(AlertScenario.json(s.read("/api/v1/alerts", AlertScenario.ministry("DSND"))).toString())
                .doesNotContain("Clinique " + s.site.company.siren);
    }

    @Test
    void theMdtAndTheCrpGetTheIdentityAndTheValuesButNoNir() throws Exception {
        for (String kind : List.of("OCCUPATIONAL_PHYSICIAN", "RADIATION_PROTECTION_ADVISER")) {
            List<Map<String, Object>> rows = rows(kind);
            assertThat(rows).hasSize(2);
            String all = rows.get(0).get("title_fr") + " " + rows.get(0).get("payload");
            assertThat(all).contains("Zorglub", "Jeanne Marie", "1979-11-03", "20.625", "20,625")
                    .doesNotContain(s.worker.nir);
        }
        assertThat(AlertScenario.json(s.read("/api/v1/alerts", AlertScenario.mdt(AlertScenario.RPPS))).toString())
                .contains("Zorglub", "20.625", "ANALYSIS_STARTED");
        assertThat(AlertScenario.json(s.read("/api/v1/alerts", AlertScenario.crp(AlertScenario.CRP_EMAIL))).toString())
                .contains("Zorglub", "20.625");
        String otherRpps = "1000999999" + fr.gouv.travail.dosiportail.core.Luhn.checkDigit("1000999999");
        assertThat(AlertScenario.json(s.read("/api/v1/alerts", AlertScenario.mdt(otherRpps)))).isEmpty();
        assertThat(AlertScenario.json(s.read("/api/v1/alerts", AlertScenario.crp("autre@example.fr")))).isEmpty();
        assertThat(jdbc.sql("select count(*) from journal.entry where worker_id = ? and data_kind = 'ALERT'")
                .param(s.workerId).query(Long.class).single()).as("analysis written, two lists read").isGreaterThanOrEqualTo(3);
    }
}
