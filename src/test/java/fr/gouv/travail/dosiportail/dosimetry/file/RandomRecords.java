package fr.gouv.travail.dosiportail.dosimetry.file;

import fr.gouv.travail.dosiportail.dosimetry.BodyLocation;
import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.MonitoringKind;
import fr.gouv.travail.dosiportail.dosimetry.OriginatorKind;
import fr.gouv.travail.dosiportail.dosimetry.QuantityCode;
import fr.gouv.travail.dosiportail.dosimetry.RadiationType;
import fr.gouv.travail.dosiportail.dosimetry.RecordStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

/** Seeded random dose records and their CSV lines, for the parsers' property tests. */
final class RandomRecords {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzéèêëàçôîïüÉÈ’'-;,\" ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private RandomRecords() {
    }

    static DoseRecordSubmission record(Random r) {
        LocalDate start = LocalDate.of(1990, 1, 1).plusDays(r.nextInt(12_000));
        return new DoseRecordSubmission(digits(r, 15), name(r), name(r), digits(r, 14), pick(r, OriginatorKind.values()),
                "LAB-" + r.nextInt(1000), pick(r, MonitoringKind.values()), "D" + name(r).hashCode(),
                r.nextBoolean() ? null : pick(r, BodyLocation.values()),
                r.nextBoolean() ? null : pick(r, RadiationType.values()), start, start.plusDays(r.nextInt(120)),
                pick(r, QuantityCode.values()), r.nextInt(5) == 0 ? null : decimal(r), r.nextBoolean(),
                r.nextInt(3) == 0 ? null : decimal(r), pick(r, RecordStatus.values()),
                r.nextInt(4) == 0 ? new UUID(r.nextLong(), r.nextLong()) : null, r.nextInt(3) == 0 ? null : name(r));
    }

    static List<String> header() {
        return new ArrayList<>(RecordFields.FIELDS.keySet());
    }

    /** The record as one CSV line with this separator (decimals with a comma half of the time). */
    static String csvLine(DoseRecordSubmission rec, char separator, Random r) {
        List<String> cells = new ArrayList<>();
        for (var c : DoseRecordSubmission.class.getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(rec);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String text = v == null ? "" : v instanceof BigDecimal b ? b.toPlainString() : v.toString();
            if (v instanceof BigDecimal && r.nextBoolean()) {
                text = text.replace('.', ',');
            }
            cells.add(CsvSplitter.quote(text, separator));
        }
        return String.join(String.valueOf(separator), cells);
    }

    static String csvHeader(char separator) {
        return header().stream().collect(Collectors.joining(String.valueOf(separator)));
    }

    private static String name(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(20);
        for (int i = 0; i < n; i++) {
            sb.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
        }
        String s = sb.toString().strip();
        return s.isEmpty() ? "x" : s;
    }

    private static String digits(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    private static BigDecimal decimal(Random r) {
        return BigDecimal.valueOf(r.nextInt(1_000_000), r.nextInt(4));
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
