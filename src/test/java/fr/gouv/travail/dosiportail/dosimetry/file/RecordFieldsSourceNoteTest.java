package fr.gouv.travail.dosiportail.dosimetry.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Files: the sourceNote column is optional, read as text when present, and absent or empty means no note. */
class RecordFieldsSourceNoteTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADER = "nir;lastName;firstName;siret;originatorKind;originatorId;monitoringKind;"
            + "dosimeterId;periodStart;periodEnd;quantity;valueMsv;resultStatus";
    private static final String LINE = "185047512345678;Dupont;Jeanne;12345678200011;OCCUPATIONAL_PHYSICIAN;"
            + "10001234567;MDT_NON_ACCREDITED_SOURCE;MDT-2025-06-01-1;2025-01-01;2025-01-31;HP10;0,25;RESULT";

    private static List<DoseFileReader.ParsedLine> read(String csv) throws Exception {
        var bytes = csv.getBytes(StandardCharsets.UTF_8);
        String first = csv.substring(0, csv.indexOf('\n'));
        try (var reader = new DoseFileReader(new java.io.ByteArrayInputStream(bytes), FileFormat.CSV,
                LineParser.of(FileFormat.CSV, first, JSON), 0)) {
            return reader.next(10);
        }
    }

    @Test
    void aCsvFileWithoutTheSourceNoteColumnStillReadsAndItsRecordsHaveNoNote() throws Exception {
        var lines = read(HEADER + "\n" + LINE + "\n");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).item().readErrors()).isEmpty();
        assertThat(lines.get(0).item().record().sourceNote()).isNull();
    }

    @Test
    void theSourceNoteColumnIsReadAsFreeTextWithItsSeparatorsQuoted() throws Exception {
        var lines = read(HEADER + ";sourceNote\n" + LINE + ";\"Dosimétrie belge ; rapport n° 2025-114\"\n"
                + LINE.replace("-1;", "-2;") + ";\n");
        assertThat(lines.get(0).item().record().sourceNote()).isEqualTo("Dosimétrie belge ; rapport n° 2025-114");
        assertThat(lines.get(0).item().rawJson()).contains("\"sourceNote\":\"Dosimétrie belge ; rapport n° 2025-114\"");
        assertThat(lines.get(1).item().record().sourceNote()).isNull();
    }
}
