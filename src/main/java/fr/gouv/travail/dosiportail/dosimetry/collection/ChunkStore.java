package fr.gouv.travail.dosiportail.dosimetry.collection;

import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.QuantityCode;
import fr.gouv.travail.dosiportail.dosimetry.QuarantineReason;
import fr.gouv.travail.dosiportail.dosimetry.RecordStatus;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The chunk-wide SQL of collection: current versions by natural key, waiting quarantine entries, new quarantine. */
@Component
class ChunkStore {

    /**
     * Every version of these dosimeters of one originator in the chunk's range of period starts: one index scan
     * with an array of keys on (originator_kind, originator_id, dosimeter_id, …), pruned to the partitions of the range.
     */
    private static final String VERSIONS = """
            select d.dosimeter_id, d.period_start, d.period_end, d.quantity, d.id, d.version, d.value_msv,
                   d.below_threshold, d.threshold_msv, d.status, d.cancelled, d.submission_id
            from dosimetry.dose_record d
            where d.originator_kind = ? and d.originator_id = ? and d.dosimeter_id = any(?::text[])
              and d.period_start between ? and ?""";

    /** The same record still waiting (V61 indexes the JSON's hash): sent again, it is not doubled. */
    private static final String WAITING = """
            select t.i, q.id
            from unnest(?::int[], ?::text[], ?::text[], ?::text[]) as t(i, kind, originator, raw)
            cross join lateral (select id from dosimetry.quarantine q
                                where q.originator_kind = t.kind and q.originator_id = t.originator
                                  and md5(q.raw_record::text) = md5(t.raw::jsonb::text)
                                  and q.raw_record = t.raw::jsonb and q.released_at is null
                                limit 1) q""";

    private static final String QUARANTINE = """
            insert into dosimetry.quarantine (id, submission_id, originator_kind, originator_id, raw_record,
                                              reason_code, received_at)
            select t.id, ?, t.kind, t.originator, t.raw::jsonb, t.reason, ?
            from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[]) as t(id, kind, originator, raw, reason)""";

    private final JdbcTemplate jdbc;

    ChunkStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The current version of a natural key. */
    record Current(UUID id, int version, BigDecimal valueMsv, boolean belowThreshold, BigDecimal thresholdMsv,
                   RecordStatus status, boolean cancelled, UUID submissionId) {
    }

    /** The current version (highest version) of each record's natural key, or null. */
    Current[] current(List<DoseRecordSubmission> records) {
        Current[] found = new Current[records.size()];
        Map<List<Object>, List<Integer>> byOriginator = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            DoseRecordSubmission r = records.get(i);
            byOriginator.computeIfAbsent(List.of(r.originatorKind(), r.originatorId()), k -> new ArrayList<>()).add(i);
        }
        byOriginator.values().forEach(indexes -> current(records, indexes, found));
        return found;
    }

    private void current(List<DoseRecordSubmission> records, List<Integer> indexes, Current[] found) {
        Map<NaturalKey, Integer> wanted = new HashMap<>(indexes.size() * 2);
        LocalDate from = LocalDate.MAX;
        LocalDate to = LocalDate.MIN;
        for (int i : indexes) {
            DoseRecordSubmission r = records.get(i);
            wanted.put(NaturalKey.of(r), i);
            from = r.periodStart().isBefore(from) ? r.periodStart() : from;
            to = r.periodStart().isAfter(to) ? r.periodStart() : to;
        }
        DoseRecordSubmission any = records.get(indexes.get(0));
        Date first = Date.valueOf(from);
        Date last = Date.valueOf(to);
        jdbc.execute((ConnectionCallback<Void>) c -> {
            try (PreparedStatement ps = c.prepareStatement(VERSIONS)) {
                ps.setString(1, any.originatorKind().name());
                ps.setString(2, any.originatorId());
                ps.setArray(3, c.createArrayOf("text",
                        indexes.stream().map(i -> records.get(i).dosimeterId()).distinct().toArray()));
                ps.setDate(4, first);
                ps.setDate(5, last);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Integer i = wanted.get(new NaturalKey(any.originatorKind(), any.originatorId(),
                                rs.getString(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
                                QuantityCode.valueOf(rs.getString(4))));
                        if (i != null && (found[i] == null || found[i].version() < rs.getInt(6))) {
                            found[i] = new Current(rs.getObject(5, UUID.class), rs.getInt(6), rs.getBigDecimal(7),
                                    rs.getBoolean(8), rs.getBigDecimal(9), RecordStatus.valueOf(rs.getString(10)),
                                    rs.getBoolean(11), rs.getObject(12, UUID.class));
                        }
                    }
                }
            }
            return null;
        });
    }

    /** One record waiting to be quarantined (or found already waiting). */
    record Unmatched(DoseRecordSubmission record, String rawJson, QuarantineReason reason) {
    }

    /** The id of the same record still waiting in quarantine, or null. */
    UUID[] waiting(List<Unmatched> records) {
        UUID[] found = new UUID[records.size()];
        if (records.isEmpty()) {
            return found;
        }
        jdbc.execute((ConnectionCallback<Void>) c -> {
            try (PreparedStatement ps = c.prepareStatement(WAITING)) {
                ps.setArray(1, c.createArrayOf("int4", indexes(records.size())));
                ps.setArray(2, texts(c, records, u -> u.record().originatorKind().name()));
                ps.setArray(3, texts(c, records, u -> u.record().originatorId()));
                ps.setArray(4, texts(c, records, Unmatched::rawJson));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found[rs.getInt(1)] = rs.getObject(2, UUID.class);
                    }
                }
            }
            return null;
        });
        return found;
    }

    void quarantine(UUID submissionId, Instant receivedAt, List<UUID> ids, List<Unmatched> records) {
        if (records.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Integer>) c -> {
            try (PreparedStatement ps = c.prepareStatement(QUARANTINE)) {
                ps.setObject(1, submissionId);
                ps.setTimestamp(2, Timestamp.from(receivedAt));
                ps.setArray(3, c.createArrayOf("uuid", ids.toArray()));
                ps.setArray(4, texts(c, records, u -> u.record().originatorKind().name()));
                ps.setArray(5, texts(c, records, u -> u.record().originatorId()));
                ps.setArray(6, texts(c, records, Unmatched::rawJson));
                ps.setArray(7, texts(c, records, u -> u.reason().name()));
                return ps.executeUpdate();
            }
        });
    }

    static Integer[] indexes(int n) {
        Integer[] index = new Integer[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        return index;
    }

    static <T> java.sql.Array texts(Connection c, List<T> rows, Function<T, String> field) throws SQLException {
        String[] values = new String[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = field.apply(rows.get(i));
        }
        return c.createArrayOf("text", values);
    }
}
