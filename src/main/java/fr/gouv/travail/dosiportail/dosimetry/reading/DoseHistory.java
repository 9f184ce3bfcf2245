package fr.gouv.travail.dosiportail.dosimetry.reading;

import fr.gouv.travail.dosiportail.access.SqlFilter;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.journal.DataKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A worker's dose history: current versions (cancelled ones shown as such, superseded ones not), newest first, paged
 * or streamed, and every version of one record. Rows are filtered in SQL by the access policy (external and internal
 * results under their own rules); a caller with no access at all gets an empty answer (404, as an unknown worker).
 * Each request is journaled once per worker.
 */
@Service
public class DoseHistory {

    /** The largest page, and the default. */
    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 100;
    static final String COLUMNS = """
            r.id, r.worker_id, r.version, r.corrected, r.cancelled, r.correction_reason, r.previous_version_id,
            r.period_start, r.period_end, r.dosimeter_id, r.quantity, r.monitoring_kind, r.body_location, r.radiation_type,
            r.value_msv, r.below_threshold, r.threshold_msv, r.status, r.component, r.originator_kind,
            r.originator_id, r.channel, r.receipt_number, r.received_at, r.submission_id, r.source_note""";
    private static final String ORDER = " order by r.period_start desc, r.period_end desc, r.quantity, r.id";

    private final JdbcClient jdbc;
    private final ReadingAccess access;
    private final TransactionTemplate tx;

    DoseHistory(JdbcClient jdbc, ReadingAccess access, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.access = access;
        this.tx = tx;
    }

    /** Who reads, why, through which address (for the journal). */
    public record Reader(Actor actor, String purpose, String resource) {
    }

    /** A page of current records whose wearing period overlaps [from, to] (either open); empty when refused. */
    public Optional<HistoryPage> page(Reader reader, UUID workerId, LocalDate from, LocalDate to, int page, int size) {
        return tx.execute(s -> {
            if (!allowed(reader, workerId)) {
                return Optional.<HistoryPage>empty();
            }
            Query q = query(reader.actor(), workerId, from, to);
            q.params.put("limit", size);
            q.params.put("offset", (long) page * size);
            long[] total = {0};
            List<DoseRecordView> rows = jdbc.sql("select " + COLUMNS + ", count(*) over () as total" + q.from + ORDER
                    + " limit :limit offset :offset").params(q.params).query((rs, n) -> {
                        total[0] = rs.getLong("total");
                        return map(rs);
                    }).list();
            if (rows.isEmpty() && page > 0) {
                total[0] = jdbc.sql("select count(*)" + q.from).params(q.params).query(Long.class).single();
            }
            journal(reader, workerId, rows.stream().anyMatch(DoseHistory::internal));
            return Optional.of(new HistoryPage(rows, page, size, total[0]));
        });
    }

    /** Every current record over [from, to], newest first, handed one by one to {@code sink}; false when refused. */
    public boolean stream(Reader reader, UUID workerId, LocalDate from, LocalDate to, Consumer<DoseRecordView> sink) {
        return Boolean.TRUE.equals(tx.execute(s -> {
            if (!allowed(reader, workerId)) {
                return false;
            }
            Query q = query(reader.actor(), workerId, from, to);
            AtomicBoolean internal = new AtomicBoolean();
            jdbc.sql("select " + COLUMNS + q.from + ORDER).params(q.params).withFetchSize(500).query(rs -> {
                DoseRecordView v = map(rs);
                internal.compareAndSet(false, internal(v));
                sink.accept(v);
            });
            journal(reader, workerId, internal.get());
            return true;
        }));
    }

    /** Every version of the record {@code recordId} (any of its versions), oldest first; empty when not visible. */
    public Optional<List<DoseRecordView>> versions(Reader reader, UUID workerId, UUID recordId) {
        return tx.execute(s -> {
            if (!allowed(reader, workerId)) {
                return Optional.<List<DoseRecordView>>empty();
            }
            SqlFilter f = access.records(reader.actor());
            Map<String, Object> p = new HashMap<>(f.params());
            p.put("worker", workerId);
            p.put("record", recordId);
            List<DoseRecordView> rows = jdbc.sql("""
                            select %s from (
                                select v.*, v.version > 1 and not v.cancelled as corrected, null::text as component
                                from dosimetry.dose_record v join dosimetry.dose_record k
                                  on k.id = :record and k.worker_id = :worker
                                 and v.originator_kind = k.originator_kind and v.originator_id = k.originator_id
                                 and v.dosimeter_id = k.dosimeter_id and v.period_start = k.period_start
                                 and v.period_end = k.period_end and v.quantity = k.quantity) r
                            where r.worker_id = :worker and %s order by r.version"""
                            .formatted(COLUMNS, f.sql()))
                    .params(p).query((rs, n) -> map(rs)).list();
            if (rows.isEmpty()) {
                return Optional.<List<DoseRecordView>>empty();
            }
            journal(reader, workerId, internal(rows.get(0)));
            return Optional.of(rows);
        });
    }

    /** Opens the read (see {@link ReadingAccess#open}): whether the caller may read external or internal results. */
    private boolean allowed(Reader reader, UUID workerId) {
        Actor actor = reader.actor();
        boolean[] may = access.open(jdbc, actor, workerId, DataKind.EXTERNAL_DOSE, DataKind.INTERNAL_DOSE);
        if (may[0] || may[1]) {
            return true;
        }
        access.journalRefusal(actor, workerId, DataKind.EXTERNAL_DOSE, reader.purpose(), reader.resource());
        return false;
    }

    /** One entry per request: INTERNAL_DOSE when an internal result was shown, else EXTERNAL_DOSE. */
    private void journal(Reader reader, UUID workerId, boolean internalShown) {
        access.journalRead(reader.actor(), workerId, internalShown ? DataKind.INTERNAL_DOSE : DataKind.EXTERNAL_DOSE,
                reader.purpose(), reader.resource());
    }

    private record Query(String from, Map<String, Object> params) {
    }

    private Query query(Actor actor, UUID workerId, LocalDate from, LocalDate to) {
        SqlFilter f = access.records(actor);
        Map<String, Object> p = new HashMap<>(f.params());
        p.put("worker", workerId);
        StringBuilder sql = new StringBuilder(" from dosimetry.dose_component r where r.worker_id = :worker");
        if (from != null) {
            sql.append(" and r.period_end >= :from");
            p.put("from", from);
        }
        if (to != null) {
            sql.append(" and r.period_start <= :to");
            p.put("to", to);
        }
        return new Query(sql.append(" and ").append(f.sql()).toString(), p);
    }

    private static boolean internal(DoseRecordView v) {
        return "E50".equals(v.quantity()) || "H50".equals(v.quantity());
    }

    static DoseRecordView map(ResultSet rs) throws SQLException {
        return new DoseRecordView(rs.getObject("id", UUID.class), rs.getObject("worker_id", UUID.class),
                rs.getInt("version"), rs.getBoolean("corrected"), rs.getBoolean("cancelled"),
                rs.getString("correction_reason"), rs.getObject("previous_version_id", UUID.class),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                rs.getString("dosimeter_id"), rs.getString("quantity"), rs.getString("monitoring_kind"), rs.getString("body_location"),
                rs.getString("radiation_type"), rs.getBigDecimal("value_msv"), rs.getBoolean("below_threshold"),
                rs.getBigDecimal("threshold_msv"), rs.getString("status"), rs.getString("component"),
                new DoseRecordView.Provenance(rs.getString("originator_kind"), rs.getString("originator_id"),
                        rs.getString("channel"), rs.getString("receipt_number"),
                        rs.getTimestamp("received_at").toInstant(), rs.getObject("submission_id", UUID.class),
                        rs.getString("source_note")));
    }
}
