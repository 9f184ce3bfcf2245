package fr.gouv.travail.dosiportail.dosimetry.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.collection.DoseCollection;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Properties of the file parsers, on seeded random data (seed 20250601): every valid line reads back to the same
 * record (CSV with ';' or ',', decimal point or comma; JSON Lines), and every corruption of a file gives a result per
 * line with its right line number, never an exception.
 */
class DoseFileParsersPropertyTest {

    private static final long SEED = 20250601L;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    static Stream<Long> seeds() {
        return IntStream.range(0, 2_000).mapToObj(i -> SEED + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aValidCsvLineReadsBackToTheSameRecord(long seed) {
        Random r = new Random(seed);
        DoseRecordSubmission rec = RandomRecords.record(r);
        char separator = r.nextBoolean() ? ';' : ',';
        LineParser parser = LineParser.of(FileFormat.CSV, RandomRecords.csvHeader(separator), JSON);
        DoseCollection.Item item = parser.parse(RandomRecords.csvLine(rec, separator, r));
        assertThat(item.readErrors()).isEmpty();
        assertThat(item.record()).isEqualTo(rec);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aValidJsonLineReadsBackToTheSameRecord(long seed) {
        DoseRecordSubmission rec = RandomRecords.record(new Random(seed));
        DoseCollection.Item item = LineParser.of(FileFormat.JSONL, "", JSON).parse(JSON.writeValueAsString(rec));
        assertThat(item.readErrors()).isEmpty();
        assertThat(item.record()).isEqualTo(rec);
    }

    static Stream<Long> fileSeeds() {
        return IntStream.range(0, 300).mapToObj(i -> SEED * 7 + i);
    }

    /** A file of 30 lines with random corruptions: one result per data line, numbered as an editor would. */
    @ParameterizedTest
    @MethodSource("fileSeeds")
    void aCorruptedFileGivesOneNumberedResultPerLineAndNeverThrows(long seed) throws Exception {
        Random r = new Random(seed);
        boolean csv = r.nextBoolean();
        char sep = r.nextBoolean() ? ';' : ',';
        List<String> lines = new ArrayList<>();
        if (csv) {
            lines.add(RandomRecords.csvHeader(sep));
        }
        for (int i = 0; i < 30; i++) {
            DoseRecordSubmission rec = RandomRecords.record(r);
            String line = csv ? RandomRecords.csvLine(rec, sep, r) : JSON.writeValueAsString(rec);
            lines.add(r.nextInt(3) == 0 ? corrupt(line, r) : line);
        }
        String text = String.join(r.nextBoolean() ? "\n" : "\r\n", lines);
        FileFormat format = csv ? FileFormat.CSV : FileFormat.JSONL;
        LineParser parser = LineParser.of(format, lines.get(0), JSON);
        List<DoseFileReader.ParsedLine> read = new ArrayList<>();
        try (var reader = new DoseFileReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format,
                parser, 0)) {
            List<DoseFileReader.ParsedLine> chunk;
            while (!(chunk = reader.next(7)).isEmpty()) {
                read.addAll(chunk);
            }
        }
        List<Long> expected = new ArrayList<>();
        for (int i = csv ? 1 : 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                expected.add(i + 1L);
            }
        }
        assertThat(read).extracting(DoseFileReader.ParsedLine::number).containsExactlyElementsOf(expected);
        for (var line : read) {
            assertThat(line.item().record() == null).isEqualTo(!line.item().readErrors().isEmpty());
            assertThat(line.item().rawJson()).isNotBlank();
        }
    }

    /** One of: drop a character, add a quote, add a separator, put a letter in a number, cut the line short. */
    private static String corrupt(String line, Random r) {
        int at = r.nextInt(line.length());
        return switch (r.nextInt(5)) {
            case 0 -> line.substring(0, at) + line.substring(at + 1);
            case 1 -> line.substring(0, at) + '"' + line.substring(at);
            case 2 -> line.substring(0, at) + (r.nextBoolean() ? ';' : ',') + line.substring(at);
            case 3 -> line.replaceFirst("([0-9])", "$1x");
            default -> line.substring(0, at);
        };
    }

    @Test
    void everyUnreadableValueOfALineIsNamedWithItsField() {
        LineParser parser = LineParser.of(FileFormat.CSV, "nir;lastName;firstName;siret;originatorKind;originatorId;"
                + "monitoringKind;dosimeterId;periodStart;periodEnd;quantity;valueMsv;belowThreshold;resultStatus", JSON);
        var item = parser.parse("285047505600147;Lefèvre;Anne;73282932000074;ACCREDITED_BODY;LAB-1;EXTERNAL_PASSIVE;"
                + "D-1;2025-01-01;31/02/2025;HP99;0.2 mSv;peut-être;RESULT");
        assertThat(item.record()).isNull();
        assertThat(item.readErrors()).extracting(p -> p.field() + ":" + p.code()).containsExactly(
                "periodEnd:INVALID_DATE", "quantity:UNKNOWN_CODE", "valueMsv:NOT_A_NUMBER",
                "belowThreshold:INVALID_BOOLEAN");
        assertThat(item.readErrors()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
        assertThat(item.rawJson()).contains("\"valueMsv\":\"0.2 mSv\"");
    }

    static Stream<Long> encodingSeeds() {
        return IntStream.range(0, 200).mapToObj(i -> SEED * 13 + i);
    }

    /** A Latin-1 accent put on a random line of a UTF-8 file: refused, naming that line. */
    @ParameterizedTest
    @MethodSource("encodingSeeds")
    void aLatin1AccentAnywhereIsRefusedNamingItsLine(long seed) throws Exception {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lines.add(RandomRecords.csvLine(RandomRecords.record(r), ';', r));
        }
        int bad = r.nextInt(lines.size());
        var out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            out.write(lines.get(i).getBytes(i == bad ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
            out.write('\n');
        }
        boolean hasAccent = lines.get(bad).chars().anyMatch(c -> c > 127 && c < 256);
        if (hasAccent) {
            assertThatThrownBy(() -> Staging.stage(new ByteArrayInputStream(out.toByteArray()), dir, 1 << 20))
                    .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.detailFr())
                            .contains("la ligne " + (bad + 1) + " ", "Windows-1252"));
            try (var files = Files.list(dir)) {
                assertThat(files).isEmpty();
            }
        }
    }

    @Test
    void aStreamLongerThanTheLimitIsCutAndLeavesNothingOnDisk() throws Exception {
        byte[] bytes = "a;b\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Staging.stage(new ByteArrayInputStream(bytes), dir, 39_999))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(413));
        var staged = Staging.stage(new ByteArrayInputStream(bytes), dir, 40_000);
        assertThat(staged.nonBlankLines()).isEqualTo(10_000);
        assertThat(staged.firstLine()).isEqualTo("a;b");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(staged.path());
        }
    }
}
