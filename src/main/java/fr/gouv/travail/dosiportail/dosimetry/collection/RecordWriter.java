package fr.gouv.travail.dosiportail.dosimetry.collection;

import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores the accepted records of a chunk in one statement: {@code COPY … FROM STDIN} straight into
 * {@code dosimetry.dose_record} (default), or {@code INSERT … SELECT FROM unnest(arrays)}
 * ({@code dosiportail.dosimetry.collection.bulk-insert=unnest}); docs/benchmarks.md compares them. Both run in the
 * chunk's transaction and keep every constraint and index of the table.
 */
@Component
class RecordWriter {

    private static final String COLUMNS = """
            id, worker_id, establishment_id, originator_kind, originator_id, monitoring_kind, dosimeter_id,
            body_location, radiation_type, period_start, period_end, quantity, value_msv, below_threshold,
            threshold_msv, status, review_required, emergency_event_id, channel, submission_id, received_at,
            receipt_number, version, previous_version_id, correction_reason, source_note""";
    private static final String COPY = "copy dosimetry.dose_record (" + COLUMNS + ") from stdin";
    private static final String UNNEST = "insert into dosimetry.dose_record (" + COLUMNS + ") select * from unnest("
            + "?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::date[], ?::date[], ?::text[], ?::numeric[], ?::boolean[], ?::numeric[], ?::text[], ?::boolean[], "
            + "?::uuid[], ?::text[], ?::uuid[], ?::timestamptz[], ?::text[], ?::int[], ?::uuid[], ?::text[], ?::text[])";

    /** One row to store: a first version, or a later one (late result) linked to the previous. */
    record NewRecord(UUID id, DoseRecordSubmission record, UUID workerId, UUID establishmentId, boolean review,
                     String status, int version, UUID previousId, String correctionReason) {
    }

    /** Where the chunk comes from: the same for every row. */
    record Origin(String channel, UUID submissionId, Instant receivedAt, String receiptNumber) {
    }

    private final JdbcTemplate jdbc;
    private final boolean copy;

    RecordWriter(DataSource dataSource,
                 @Value("${dosiportail.dosimetry.collection.bulk-insert:copy}") String strategy) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.copy = !"unnest".equals(strategy);
    }

    void insert(List<NewRecord> rows, Origin origin) {
        if (rows.isEmpty()) {
            return;
        }
        if (copy) {
            byte[] data = copyText(rows, origin);
            jdbc.execute((ConnectionCallback<Long>) c -> {
                try {
                    return c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new ByteArrayInputStream(data));
                } catch (java.io.IOException e) {
                    throw new java.sql.SQLException(e);
                }
            });
        } else {
            jdbc.execute((ConnectionCallback<Integer>) c -> unnest(c, rows, origin));
        }
    }

    private static byte[] copyText(List<NewRecord> rows, Origin o) {
        StringBuilder sb = new StringBuilder(rows.size() * 320);
        String receivedAt = o.receivedAt().toString();
        for (NewRecord n : rows) {
            DoseRecordSubmission r = n.record();
            sb.append(n.id()).append('\t').append(n.workerId()).append('\t').append(n.establishmentId()).append('\t')
                    .append(r.originatorKind().name()).append('\t');
            text(sb, r.originatorId());
            sb.append('\t').append(r.monitoringKind().name()).append('\t');
            text(sb, r.dosimeterId());
            sb.append('\t');
            text(sb, r.bodyLocation() == null ? null : r.bodyLocation().name());
            sb.append('\t');
            text(sb, r.radiationType() == null ? null : r.radiationType().name());
            sb.append('\t').append(r.periodStart()).append('\t').append(r.periodEnd()).append('\t')
                    .append(r.quantity().name()).append('\t');
            text(sb, plain(r.valueMsv()));
            sb.append('\t').append(r.belowThreshold() ? 't' : 'f').append('\t');
            text(sb, plain(r.thresholdMsv()));
            sb.append('\t').append(n.status()).append('\t').append(n.review() ? 't' : 'f').append('\t');
            text(sb, Objects.toString(r.emergencyEventId(), null));
            sb.append('\t');
            text(sb, o.channel());
            sb.append('\t').append(o.submissionId()).append('\t').append(receivedAt).append('\t');
            text(sb, o.receiptNumber());
            sb.append('\t').append(n.version()).append('\t');
            text(sb, Objects.toString(n.previousId(), null));
            sb.append('\t');
            text(sb, n.correctionReason());
            sb.append('\t');
            text(sb, r.note().orElse(null));
            sb.append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** COPY's text format: \N for null, backslash escapes for the separators. */
    private static void text(StringBuilder sb, String s) {
        if (s == null) {
            sb.append("\\N");
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static int unnest(Connection c, List<NewRecord> rows, Origin o) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(UNNEST)) {
            int n = rows.size();
            ps.setArray(1, c.createArrayOf("uuid", rows.stream().map(NewRecord::id).toArray()));
            ps.setArray(2, c.createArrayOf("uuid", rows.stream().map(NewRecord::workerId).toArray()));
            ps.setArray(3, c.createArrayOf("uuid", rows.stream().map(NewRecord::establishmentId).toArray()));
            ps.setArray(4, texts(c, rows, r -> r.record().originatorKind().name()));
            ps.setArray(5, texts(c, rows, r -> r.record().originatorId()));
            ps.setArray(6, texts(c, rows, r -> r.record().monitoringKind().name()));
            ps.setArray(7, texts(c, rows, r -> r.record().dosimeterId()));
            ps.setArray(8, texts(c, rows, r -> Objects.toString(r.record().bodyLocation(), null)));
            ps.setArray(9, texts(c, rows, r -> Objects.toString(r.record().radiationType(), null)));
            ps.setArray(10, texts(c, rows, r -> r.record().periodStart().toString()));
            ps.setArray(11, texts(c, rows, r -> r.record().periodEnd().toString()));
            ps.setArray(12, texts(c, rows, r -> r.record().quantity().name()));
            ps.setArray(13, texts(c, rows, r -> plain(r.record().valueMsv())));
            ps.setArray(14, c.createArrayOf("bool", rows.stream().map(r -> r.record().belowThreshold()).toArray()));
            ps.setArray(15, texts(c, rows, r -> plain(r.record().thresholdMsv())));
            ps.setArray(16, texts(c, rows, NewRecord::status));
            ps.setArray(17, c.createArrayOf("bool", rows.stream().map(NewRecord::review).toArray()));
            ps.setArray(18, c.createArrayOf("uuid", rows.stream().map(r -> r.record().emergencyEventId()).toArray()));
            ps.setArray(19, texts(c, rows, r -> o.channel()));
            ps.setArray(20, c.createArrayOf("uuid", java.util.Collections.nCopies(n, o.submissionId()).toArray()));
            ps.setArray(21, c.createArrayOf("timestamptz",
                    java.util.Collections.nCopies(n, Timestamp.from(o.receivedAt())).toArray()));
            ps.setArray(22, texts(c, rows, r -> o.receiptNumber()));
            ps.setArray(23, c.createArrayOf("int4", rows.stream().map(NewRecord::version).toArray()));
            ps.setArray(24, c.createArrayOf("uuid", rows.stream().map(NewRecord::previousId).toArray()));
            ps.setArray(25, texts(c, rows, NewRecord::correctionReason));
            ps.setArray(26, texts(c, rows, r -> r.record().note().orElse(null)));
            return ps.executeUpdate();
        }
    }

    private static <T> java.sql.Array texts(Connection c, List<T> rows, Function<T, String> f)
            throws java.sql.SQLException {
        return ChunkStore.texts(c, rows, f);
    }
}
