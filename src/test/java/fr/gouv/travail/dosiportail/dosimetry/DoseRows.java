package fr.gouv.travail.dosiportail.dosimetry;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Dose record rows written by SQL, for what the API of this branch does not send (versions: the revisions branch
 * builds the correction API; a row with version 2 and previous_version_id is the same data) and for the rule table.
 */
final class DoseRows {

    private final JdbcClient jdbc;
    private final UUID submission = UUID.randomUUID();

    DoseRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("""
                insert into dosimetry.submission (id, originator, request_hash, channel, status, record_count,
                    accepted_count, quarantined_count, rejected_count, receipt_number, http_status, answer, submitted_by)
                values (?, 'test', 'h', 'API', 'PROCESSED', 0, 0, 0, 0, ?, 201, '{}', 'test')""")
                .params(submission, "TEST-" + submission).update();
    }

    /** A passive whole-body Hp(10) result of the worker at the establishment, to change field by field. */
    Row row(UUID worker, UUID establishment) {
        return new Row(worker, establishment);
    }

    /** The worker and establishment ids of a declared worker (by NIR). */
    UUID[] ids(String nir) {
        return jdbc.sql("""
                select w.id, e.establishment_id from registry.worker w join registry.employment e on e.worker_id = w.id
                where w.nir = ? limit 1""").param(nir)
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).single();
    }

    /** A new version of a stored row (same natural key): new value (or the same), reason, cancelled or not. */
    UUID revise(UUID previous, String valueMsv, String reason, boolean cancelled) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into dosimetry.dose_record (id, worker_id, establishment_id, originator_kind, originator_id,
                    monitoring_kind, dosimeter_id, body_location, radiation_type, period_start, period_end, quantity,
                    value_msv, below_threshold, threshold_msv, status, channel, submission_id, received_at,
                    receipt_number, version, previous_version_id, correction_reason, cancelled)
                select :id, worker_id, establishment_id, originator_kind, originator_id, monitoring_kind, dosimeter_id,
                    body_location, radiation_type, period_start, period_end, quantity,
                    coalesce(:value, value_msv), below_threshold, threshold_msv, status, 'API', :submission, now(),
                    :receipt, version + 1, id, :reason, :cancelled
                from dosimetry.dose_record where id = :previous""")
                .param("id", id).param("value", valueMsv == null ? null : new BigDecimal(valueMsv),
                        java.sql.Types.NUMERIC).param("submission", submission).param("receipt", "TEST-" + submission)
                .param("reason", reason).param("cancelled", cancelled).param("previous", previous).update();
        return id;
    }

    final class Row {
        final UUID worker;
        final UUID establishment;
        String originatorKind = "ACCREDITED_BODY";
        String originatorId = "LAB-1";
        String monitoring = "EXTERNAL_PASSIVE";
        String dosimeter = "D-" + UUID.randomUUID();
        String location = "WHOLE_BODY";
        String quantity = "HP10";
        LocalDate start = LocalDate.of(2025, 1, 1);
        LocalDate end = LocalDate.of(2025, 1, 31);
        BigDecimal value = new BigDecimal("0.25");
        boolean below;
        BigDecimal threshold;
        String status = "RESULT";
        int version = 1;
        UUID previous;
        String reason;
        boolean cancelled;

        Row(UUID worker, UUID establishment) {
            this.worker = worker;
            this.establishment = establishment;
        }

        Row kind(String monitoringKind, String quantityCode, String bodyLocation) {
            monitoring = monitoringKind;
            quantity = quantityCode;
            location = bodyLocation;
            return this;
        }

        Row period(String from, String to) {
            start = LocalDate.parse(from);
            end = LocalDate.parse(to);
            return this;
        }

        Row value(String msv) {
            value = msv == null ? null : new BigDecimal(msv);
            return this;
        }

        Row belowThreshold(String thresholdMsv) {
            below = true;
            value = BigDecimal.ZERO;
            threshold = new BigDecimal(thresholdMsv);
            return this;
        }

        Row noResult() {
            status = "NO_RESULT";
            value = null;
            return this;
        }

        Row originator(String kind, String id) {
            originatorKind = kind;
            originatorId = id;
            return this;
        }

        UUID insert() {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    insert into dosimetry.dose_record (id, worker_id, establishment_id, originator_kind, originator_id,
                        monitoring_kind, dosimeter_id, body_location, radiation_type, period_start, period_end, quantity,
                        value_msv, below_threshold, threshold_msv, status, channel, submission_id, received_at,
                        receipt_number, version, previous_version_id, correction_reason, cancelled)
                    values (:id, :worker, :establishment, :okind, :oid, :monitoring, :dosimeter, :location, 'PHOTONS',
                        :start, :end, :quantity, :value, :below, :threshold, :status, 'API', :submission, :received,
                        :receipt, :version, :previous, :reason, :cancelled)""")
                    .param("id", id).param("worker", worker).param("establishment", establishment)
                    .param("okind", originatorKind).param("oid", originatorId).param("monitoring", monitoring)
                    .param("dosimeter", dosimeter).param("location", location).param("start", start)
                    .param("end", end).param("quantity", quantity).param("value", value, java.sql.Types.NUMERIC)
                    .param("below", below).param("threshold", threshold, java.sql.Types.NUMERIC)
                    .param("status", status).param("submission", submission)
                    .param("received", Timestamp.from(Instant.now())).param("receipt", "TEST-" + submission)
                    .param("version", version).param("previous", previous).param("reason", reason)
                    .param("cancelled", cancelled).update();
            return id;
        }

        /** The next version of this row (same natural key), with a reason: new values, or cancelled. */
        Row nextVersion(UUID previousId, String why) {
            Row next = new Row(worker, establishment);
            next.originatorKind = originatorKind;
            next.originatorId = originatorId;
            next.monitoring = monitoring;
            next.dosimeter = dosimeter;
            next.location = location;
            next.quantity = quantity;
            next.start = start;
            next.end = end;
            next.value = value;
            next.below = below;
            next.threshold = threshold;
            next.status = status;
            next.version = version + 1;
            next.previous = previousId;
            next.reason = why;
            return next;
        }

        Row cancelled() {
            cancelled = true;
            return this;
        }
    }
}
