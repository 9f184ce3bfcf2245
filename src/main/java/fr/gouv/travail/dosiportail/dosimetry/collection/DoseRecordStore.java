package fr.gouv.travail.dosiportail.dosimetry.collection;

import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.QuarantineReason;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the dosimetry schema: submissions, dose records and quarantine. */
@Component
class DoseRecordStore {

    private final JdbcClient jdbc;

    DoseRecordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A submission already answered under this idempotency key. */
    record PastSubmission(String requestHash, int httpStatus, String answer) {
    }

    Optional<PastSubmission> findByKey(String originator, String idempotencyKey) {
        return jdbc.sql("""
                        select request_hash, http_status, answer::text from dosimetry.submission
                        where originator = ? and idempotency_key = ?""")
                .param(originator).param(idempotencyKey)
                .query((rs, n) -> new PastSubmission(rs.getString(1), rs.getInt(2), rs.getString(3))).optional();
    }

    String nextReceiptNumber(LocalDate today) {
        long n = jdbc.sql("select nextval('dosimetry.receipt_seq')").query(Long.class).single();
        return "DOS-%d-%08d".formatted(today.getYear(), n);
    }

    void openSubmission(UUID id, String originator, String idempotencyKey, String requestHash, String channel,
                        int count, String receiptNumber, String submittedBy, Instant at) {
        jdbc.sql("""
                        insert into dosimetry.submission (id, originator, idempotency_key, request_hash, channel, status,
                            record_count, accepted_count, quarantined_count, rejected_count, receipt_number, http_status,
                            answer, submitted_by, created_at)
                        values (?, ?, ?, ?, ?, 'PROCESSED', ?, 0, 0, 0, ?, 0, '{}', ?, ?)""")
                .params(id, originator, idempotencyKey, requestHash, channel, count, receiptNumber, submittedBy,
                        Timestamp.from(at)).update();
    }

    void closeSubmission(UUID id, int accepted, int quarantined, int rejected, int httpStatus, String answer) {
        jdbc.sql("""
                        update dosimetry.submission set accepted_count = ?, quarantined_count = ?, rejected_count = ?,
                            http_status = ?, answer = ?::jsonb where id = ?""")
                .params(accepted, quarantined, rejected, httpStatus, answer, id).update();
    }

    /** The stored first version with the same natural key, and whether its values are the same. */
    record Existing(UUID id, boolean same) {
    }

    Optional<Existing> findSameKey(DoseRecordSubmission r) {
        return jdbc.sql("""
                        select id, value_msv is not distinct from :value and below_threshold = :below
                               and threshold_msv is not distinct from :threshold and status = :status
                        from dosimetry.dose_record
                        where originator_kind = :kind and originator_id = :originator and dosimeter_id = :dosimeter
                          and period_start = :start and period_end = :end and quantity = :quantity and version = 1""")
                .param("value", r.valueMsv(), java.sql.Types.NUMERIC).param("below", r.belowThreshold())
                .param("threshold", r.thresholdMsv(), java.sql.Types.NUMERIC)
                .param("status", r.resultStatus().name()).param("kind", r.originatorKind().name())
                .param("originator", r.originatorId()).param("dosimeter", r.dosimeterId())
                .param("start", r.periodStart()).param("end", r.periodEnd()).param("quantity", r.quantity().name())
                .query((rs, n) -> new Existing(rs.getObject(1, UUID.class), rs.getBoolean(2))).optional();
    }

    void insertRecord(UUID id, DoseRecordSubmission r, UUID workerId, UUID establishmentId, boolean review,
                      String channel, UUID submissionId, Instant receivedAt, String receiptNumber) {
        jdbc.sql("""
                        insert into dosimetry.dose_record (id, worker_id, establishment_id, originator_kind, originator_id,
                            monitoring_kind, dosimeter_id, body_location, radiation_type, period_start, period_end,
                            quantity, value_msv, below_threshold, threshold_msv, status, review_required,
                            emergency_event_id, channel, submission_id, received_at, receipt_number)
                        values (:id, :worker, :establishment, :kind, :originator, :monitoring, :dosimeter, :location,
                            :radiation, :start, :end, :quantity, :value, :below, :threshold, :status, :review,
                            :emergency, :channel, :submission, :receivedAt, :receipt)""")
                .param("id", id).param("worker", workerId).param("establishment", establishmentId)
                .param("kind", r.originatorKind().name()).param("originator", r.originatorId())
                .param("monitoring", r.monitoringKind().name()).param("dosimeter", r.dosimeterId())
                .param("location", r.bodyLocation() == null ? null : r.bodyLocation().name())
                .param("radiation", r.radiationType() == null ? null : r.radiationType().name())
                .param("start", r.periodStart()).param("end", r.periodEnd()).param("quantity", r.quantity().name())
                .param("value", exact(r.valueMsv()), java.sql.Types.NUMERIC).param("below", r.belowThreshold())
                .param("threshold", exact(r.thresholdMsv()), java.sql.Types.NUMERIC)
                .param("status", r.resultStatus().name()).param("review", review)
                .param("emergency", r.emergencyEventId()).param("channel", channel).param("submission", submissionId)
                .param("receivedAt", Timestamp.from(receivedAt)).param("receipt", receiptNumber).update();
    }

    /** The same record, still waiting in quarantine (sent again: nothing is doubled). */
    Optional<UUID> findWaitingQuarantine(DoseRecordSubmission r, String rawJson) {
        return jdbc.sql("""
                        select id from dosimetry.quarantine
                        where originator_kind = ? and originator_id = ? and raw_record = ?::jsonb and released_at is null
                        limit 1""")
                .params(r.originatorKind().name(), r.originatorId(), rawJson).query(UUID.class).optional();
    }

    void insertQuarantine(UUID id, UUID submissionId, DoseRecordSubmission r, String rawJson, QuarantineReason reason,
                          Instant receivedAt) {
        jdbc.sql("""
                        insert into dosimetry.quarantine (id, submission_id, originator_kind, originator_id, raw_record,
                            reason_code, received_at) values (?, ?, ?, ?, ?::jsonb, ?, ?)""")
                .params(id, submissionId, r.originatorKind().name(), r.originatorId(), rawJson, reason.name(),
                        Timestamp.from(receivedAt)).update();
    }

    private static BigDecimal exact(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
