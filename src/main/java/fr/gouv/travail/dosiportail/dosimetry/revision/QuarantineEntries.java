package fr.gouv.travail.dosiportail.dosimetry.revision;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarantine as its readers see it: the operator every entry, a lab (or an MDT) only the entries it sent.
 * No NIR nor name is listed: the entry is named by its dosimeter, period and quantity.
 */
@Component
public class QuarantineEntries {

    private final JdbcClient jdbc;

    QuarantineEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One entry of the list. */
    public record Entry(UUID id, UUID submissionId, String receiptNumber, String originatorKind, String originatorId,
                        String dosimeterId, LocalDate periodStart, LocalDate periodEnd, String quantity, String reason,
                        Instant receivedAt, int attempts, Instant lastAttemptAt, Instant releasedAt,
                        UUID releasedRecordId) {
    }

    /** A page of entries, newest first. */
    public record Page(List<Entry> items, int page, int size, long total) {
    }

    @Transactional(readOnly = true)
    public Page list(Actor actor, boolean waitingOnly, int page, int size) {
        String where = own(actor) + (waitingOnly ? " and q.released_at is null" : "");
        var p = jdbc.sql("select count(*) from dosimetry.quarantine q where " + where);
        long total = bind(p, actor).query(Long.class).single();
        var q = jdbc.sql("""
                select q.id, q.submission_id, s.receipt_number, q.originator_kind, q.originator_id,
                       q.raw_record ->> 'dosimeterId', q.raw_record ->> 'periodStart', q.raw_record ->> 'periodEnd',
                       q.raw_record ->> 'quantity', q.reason_code, q.received_at, q.attempts, q.last_attempt_at,
                       q.released_at, q.released_record_id
                from dosimetry.quarantine q join dosimetry.submission s on s.id = q.submission_id
                where\s""" + where + " order by q.received_at desc, q.id limit :limit offset :offset");
        List<Entry> items = bind(q, actor).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new Entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), date(rs.getString(7)), date(rs.getString(8)),
                        rs.getString(9), rs.getString(10), rs.getTimestamp(11).toInstant(), rs.getInt(12),
                        instant(rs.getTimestamp(13)), instant(rs.getTimestamp(14)), rs.getObject(15, UUID.class)))
                .list();
        return new Page(items, page, size, total);
    }

    /** 404 unless the entry exists and is the caller's own (or the caller is the operator). */
    @Transactional(readOnly = true)
    public void requireVisible(Actor actor, UUID id) {
        boolean visible = bind(jdbc.sql("select exists (select 1 from dosimetry.quarantine q where q.id = :id and "
                + own(actor) + ")").param("id", id), actor).query(Boolean.class).single();
        if (!visible) {
            throw ApiProblem.notFound("Entrée de quarantaine introuvable.", "Quarantine entry not found.");
        }
    }

    private static String own(Actor actor) {
        return switch (actor.kind()) {
            case OPERATOR -> "true";
            case ACCREDITED_BODY -> "q.originator_kind in ('ACCREDITED_BODY', 'AIRCREW_DOSE_SERVICE')"
                    + " and q.originator_id = :originator";
            case OCCUPATIONAL_PHYSICIAN -> "q.originator_kind = 'OCCUPATIONAL_PHYSICIAN' and q.originator_id = :originator";
            default -> "false";
        };
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Actor actor) {
        String originator = actor.kind() == ActorKind.ACCREDITED_BODY ? actor.accreditationNumber().orElse("")
                : actor.rpps().map(r -> r.value()).orElse("");
        return actor.kind() == ActorKind.OPERATOR ? spec : spec.param("originator", originator);
    }

    private static LocalDate date(String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
