package fr.gouv.travail.dosiportail.surveillance.alert;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** "For any date on request": where a worker stands against each limit on a day, for those who may read it. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LimitStatusTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistryDeclarations declarations;

    AlertScenario s;

    @BeforeEach
    void twentyPointFiveMilliSievertsFromJanuaryToMay2025() throws Exception {
        s = new AlertScenario(mvc, jdbc, declarations, "Limite", LocalDate.of(1985, 2, 14));
        String[] months = {"01", "02", "03", "04", "05"};
        String[] records = new String[5];
        for (int i = 0; i < 5; i++) {
            records[i] = s.record("L", "2025-" + months[i] + "-01", "2025-" + months[i] + "-28", "4.1");
        }
        s.send(records);
        s.awaitListeners();
    }

    private JsonNode effective(JsonNode windows) {
        for (JsonNode w : windows) {
            if (w.path("code").asString().equals("EFFECTIVE_12M")) {
                return w;
            }
        }
        throw new AssertionError("no EFFECTIVE_12M window in " + windows);
    }

    @Test
    void theWorkersMdtSeesEachWindowEndingThatDayWithBothFiguresAndTheArticle() throws Exception {
        JsonNode june = AlertScenario.json(s.read("/api/v1/workers/" + s.workerId + "/limits?at=2025-06-30",
                AlertScenario.mdt(AlertScenario.RPPS)));
        JsonNode e = effective(june);
        assertThat(e.path("article").asString()).isEqualTo("R.4451-6 1°");
        assertThat(e.path("windowStart").asString()).isEqualTo("2024-07-01");
        assertThat(e.path("countedMsv").decimalValue()).isEqualByComparingTo("20.5");
        assertThat(e.path("limitMsv").decimalValue()).isEqualByComparingTo("20");
        assertThat(e.path("exceeded").asBoolean()).isTrue();

        // on 27 May the May record (1–28 May) already overlaps the window: counted in full, pro rata beside it
        JsonNode may = effective(AlertScenario.json(s.read("/api/v1/workers/" + s.workerId + "/limits?at=2025-05-27",
                AlertScenario.mdt(AlertScenario.RPPS))));
        assertThat(may.path("fullMsv").decimalValue()).isEqualByComparingTo("20.5");
        assertThat(may.path("proRataMsv").decimalValue()).isLessThan(may.path("fullMsv").decimalValue());

        JsonNode april = effective(AlertScenario.json(s.read("/api/v1/workers/" + s.workerId + "/limits?at=2025-04-30",
                AlertScenario.mdt(AlertScenario.RPPS))));
        assertThat(april.path("countedMsv").decimalValue()).isEqualByComparingTo("16.4");
        assertThat(april.path("exceeded").asBoolean()).isFalse();
        assertThat(jdbc.sql("""
                        select count(*) from journal.entry where worker_id = ? and data_kind = 'EFFECTIVE_DOSE'
                          and action = 'READ' and resource like '%/limits?at=%'""").param(s.workerId)
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void anotherMdtGetsExactlyWhatAnUnknownWorkerGets() throws Exception {
        var other = AlertScenario.mdt("1000999999" + fr.gouv.travail.dosiportail.core.Luhn.checkDigit("1000999999"));
        UUID unknownId = UUID.randomUUID();
        var refused = s.read("/api/v1/workers/" + s.workerId + "/limits", other);
        var unknown = s.read("/api/v1/workers/" + unknownId + "/limits", other);
        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(refused.getContentAsString().replace(s.workerId.toString(), "ID"))
                .isEqualTo(unknown.getContentAsString().replace(unknownId.toString(), "ID"));
        assertThat(s.read("/api/v1/workers/" + s.workerId + "/limits", s.employer()).getStatus()).isEqualTo(403);
    }

    @Test
    void aBadDateIsNamedAndTheOperatorStatesItsPurpose() throws Exception {
        var bad = s.read("/api/v1/workers/" + s.workerId + "/limits?at=30/06/2025", AlertScenario.mdt(AlertScenario.RPPS));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("\"at\"", "INVALID_DATE");
        var noPurpose = s.read("/api/v1/workers/" + s.workerId + "/limits", AlertScenario.operator());
        assertThat(noPurpose.getStatus()).isEqualTo(400);
        assertThat(noPurpose.getContentAsString()).contains("X-Purpose");
    }
}
