package fr.gouv.travail.dosiportail.dosimetry.collection;

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
}
