package fr.gouv.travail.dosiportail.dosimetry.revision;

import fr.gouv.travail.dosiportail.dosimetry.BodyLocation;
import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.MonitoringKind;
import fr.gouv.travail.dosiportail.dosimetry.OriginatorKind;
import fr.gouv.travail.dosiportail.dosimetry.QuantityCode;
import fr.gouv.travail.dosiportail.dosimetry.RadiationType;
import fr.gouv.travail.dosiportail.dosimetry.RecordStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of versions: a record by id, the current version of its natural key, a new version, its submission. */
@Component
class RevisionStore {

    private static final String SELECT = """
            select r.id, r.worker_id, r.establishment_id, r.originator_kind, r.originator_id, r.monitoring_kind,
                   r.dosimeter_id, r.body_location, r.radiation_type, r.period_start, r.period_end, r.quantity,
                   r.value_msv, r.below_threshold, r.threshold_msv, r.status, r.emergency_event_id, r.version,
                   r.cancelled, r.receipt_number, w.nir, coalesce(w.usage_name, w.birth_name), w.first_names, x.siret,
                   r.source_note
            from dosimetry.dose_record r
            join registry.worker w on w.id = r.worker_id
            join registry.establishment x on x.id = r.establishment_id
            """;

    private final JdbcClient jdbc;

    RevisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredRecord> find(UUID id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(RevisionStore::row).optional();
    }

    /** The current version: the highest of the natural key (originator, dosimeter, period, quantity). */
    record Current(UUID id, int version, boolean cancelled) {
    }

    Current current(StoredRecord r) {
        return jdbc.sql("""
                        select id, version, cancelled from dosimetry.dose_record
                        where originator_kind = :kind and originator_id = :originator and dosimeter_id = :dosimeter
                          and period_start = :start and period_end = :end and quantity = :quantity
                        order by version desc limit 1""")
                .param("kind", r.originatorKind().name()).param("originator", r.originatorId())
                .param("dosimeter", r.dosimeterId()).param("start", r.periodStart()).param("end", r.periodEnd())
                .param("quantity", r.quantity().name())
                .query((rs, n) -> new Current(rs.getObject(1, UUID.class), rs.getInt(2), rs.getBoolean(3))).single();
    }

    /** A submission row for the revision, so that it has its own receipt number like any transmission. */
    String openSubmission(UUID id, String originator, String channel, String submittedBy, Instant at, LocalDate today) {
        long n = jdbc.sql("select nextval('dosimetry.receipt_seq')").query(Long.class).single();
        String receipt = "DOS-%d-%08d".formatted(today.getYear(), n);
        jdbc.sql("""
                        insert into dosimetry.submission (id, originator, request_hash, channel, status, record_count,
                            accepted_count, quarantined_count, rejected_count, receipt_number, http_status, answer,
                            submitted_by, created_at)
                        values (?, ?, '', ?, 'PROCESSED', 1, 1, 0, 0, ?, 201, '{}', ?, ?)""")
                .params(id, originator, channel, receipt, submittedBy, Timestamp.from(at)).update();
        return receipt;
    }

    /** The new version: a row of the same natural key, version + 1, linked to the previous one. */
    void insertVersion(UUID id, StoredRecord previous, DoseRecordSubmission values, boolean review, boolean cancelled,
                       String reason, String channel, UUID submissionId, Instant at, String receipt) {
        jdbc.sql("""
                        insert into dosimetry.dose_record (id, worker_id, establishment_id, originator_kind, originator_id,
                            monitoring_kind, dosimeter_id, body_location, radiation_type, period_start, period_end,
                            quantity, value_msv, below_threshold, threshold_msv, status, review_required,
                            emergency_event_id, channel, submission_id, received_at, receipt_number, version,
                            previous_version_id, correction_reason, cancelled, source_note)
                        select :id, worker_id, establishment_id, originator_kind, originator_id, monitoring_kind,
                            dosimeter_id, :location, :radiation, period_start, period_end, quantity, :value, :below,
                            :threshold, :status, :review, :emergency, :channel, :submission, :at, :receipt,
                            version + 1, id, :reason, :cancelled, :note
                        from dosimetry.dose_record where id = :previous and period_start = :start""")
                .param("id", id).param("previous", previous.id()).param("start", previous.periodStart())
                .param("location", values.bodyLocation() == null ? null : values.bodyLocation().name())
                .param("radiation", values.radiationType() == null ? null : values.radiationType().name())
                .param("value", exact(values.valueMsv()), Types.NUMERIC).param("below", values.belowThreshold())
                .param("threshold", exact(values.thresholdMsv()), Types.NUMERIC)
                .param("status", values.resultStatus().name()).param("review", review)
                .param("emergency", values.emergencyEventId()).param("channel", channel)
                .param("submission", submissionId).param("at", Timestamp.from(at)).param("receipt", receipt)
                .param("reason", reason).param("cancelled", cancelled)
                .param("note", values.note().orElse(null)).update();
    }

    private static BigDecimal exact(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static StoredRecord row(ResultSet rs, int n) throws SQLException {
        return new StoredRecord(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                OriginatorKind.valueOf(rs.getString(4)), rs.getString(5), MonitoringKind.valueOf(rs.getString(6)),
                rs.getString(7), rs.getString(8) == null ? null : BodyLocation.valueOf(rs.getString(8)),
                rs.getString(9) == null ? null : RadiationType.valueOf(rs.getString(9)),
                rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class),
                QuantityCode.valueOf(rs.getString(12)), rs.getBigDecimal(13), rs.getBoolean(14), rs.getBigDecimal(15),
                RecordStatus.valueOf(rs.getString(16)), rs.getObject(17, UUID.class), rs.getInt(18),
                rs.getBoolean(19), rs.getString(20), rs.getString(21).trim(), rs.getString(22), rs.getString(23),
                rs.getString(24).trim(), rs.getString(25));
    }
}
