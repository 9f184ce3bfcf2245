package fr.gouv.travail.dosiportail.dosimetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The acceptance event survives the event publication log (JSON), as it must to be re-sent after a restart. */
class DoseEventSerializationTest {

    @Test
    void aChunksEventRoundTripsThroughJsonWithEachRecordAsACompactArray() {
        AcceptedDose dose = new AcceptedDose(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), QuantityCode.HP10,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), false);
        DoseRecordsAccepted event = new DoseRecordsAccepted(UUID.randomUUID(), Instant.parse("2025-02-03T10:15:30Z"),
                List.of(dose, dose));
        JsonMapper json = JsonMapper.builder().build();
        String text = json.writeValueAsString(event);
        assertThat(text).doesNotContain("\"workerId\"").contains("[\"" + dose.recordId() + "\"");
        assertThat(json.readValue(text, DoseRecordsAccepted.class)).isEqualTo(event);
    }
}
