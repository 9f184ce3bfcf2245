package fr.gouv.travail.dosiportail.dosimetry.revision;

import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.ItemOutcome;
import fr.gouv.travail.dosiportail.dosimetry.ItemResult;
import fr.gouv.travail.dosiportail.dosimetry.OriginatorKind;
import fr.gouv.travail.dosiportail.dosimetry.collection.DoseCollection;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import fr.gouv.travail.dosiportail.registry.ReferentialChanged;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-submits waiting quarantine entries once the référentiel may name their worker or establishment: through the
 * same collection path ({@link DoseCollection#collectChunk}) with the original submission's provenance, as a system
 * operator acting on behalf of the originator. Matched: the entry is marked released with the record id. Still
 * unmatched: it keeps waiting, with the reason of the last attempt.
 */
@Service
public class QuarantineRelease {

    private final JdbcClient jdbc;
    private final DoseCollection collection;
    private final JsonMapper json;
    private final TransactionTemplate each;

    QuarantineRelease(JdbcClient jdbc, DoseCollection collection, JsonMapper json, PlatformTransactionManager tx) {
        this.jdbc = jdbc;
        this.collection = collection;
        this.json = json;
        this.each = new TransactionTemplate(tx);
        this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** One event per declaring transaction or bulk chunk: finds the waiting entries it may release, in SQL. */
    @ApplicationModuleListener
    void on(ReferentialChanged changed) {
        candidates(changed).forEach(this::retry);
    }

    List<UUID> candidates(ReferentialChanged changed) {
        List<String> workers = changed.workerIds().stream().map(UUID::toString).toList();
        List<String> establishments = changed.establishmentIds().stream().map(UUID::toString).toList();
        return jdbc.sql("""
                        select q.id from dosimetry.quarantine q
                        where q.released_at is null
                          and upper(regexp_replace(q.raw_record ->> 'nir', '[^0-9A-Za-z]', '', 'g')) in
                              (select w.nir::text from registry.worker w where w.id::text = any(string_to_array(:workers, ',')))
                        union
                        select q.id from dosimetry.quarantine q
                        where q.released_at is null
                          and regexp_replace(q.raw_record ->> 'siret', '[^0-9]', '', 'g') in
                              (select x.siret::text from registry.establishment x
                               where x.id::text = any(string_to_array(:establishments, ',')))""")
                .param("workers", String.join(",", workers)).param("establishments", String.join(",", establishments))
                .query(UUID.class).list();
    }

    /** What became of a retried entry. */
    public record Attempt(UUID quarantineId, ItemOutcome outcome, UUID recordId, String reason) {
    }

    /** Retries one waiting entry in its own transaction; empty when it is unknown or already released. */
    public Optional<Attempt> retry(UUID quarantineId) {
        return Optional.ofNullable(each.execute(s -> attempt(quarantineId)));
    }

    private record Waiting(UUID id, UUID submissionId, String receipt, String channel, Instant receivedAt,
                           String originatorKind, String originatorId, String raw, String reason) {
    }

    private Attempt attempt(UUID quarantineId) {
        Optional<Waiting> found = jdbc.sql("""
                        select q.id, q.submission_id, s.receipt_number, s.channel, q.received_at, q.originator_kind,
                               q.originator_id, q.raw_record::text, q.reason_code
                        from dosimetry.quarantine q join dosimetry.submission s on s.id = q.submission_id
                        where q.id = ? and q.released_at is null for update of q""")
                .param(quarantineId).query((rs, n) -> new Waiting(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9))).optional();
        if (found.isEmpty()) {
            return null;
        }
        Waiting w = found.get();
        DoseRecordSubmission record;
        try {
            record = json.readValue(w.raw(), DoseRecordSubmission.class);
        } catch (RuntimeException e) {
            return stillWaiting(w, w.reason(), "UNREADABLE");
        }
        var provenance = new DoseCollection.Provenance(w.submissionId(), w.receipt(), w.channel(), w.receivedAt());
        ItemResult result = collection.collectChunk(system(w), provenance,
                List.of(new DoseCollection.Item(record, w.raw(), List.of())), 0).get(0);
        return switch (result.outcome()) {
            case ACCEPTED -> {
                jdbc.sql("""
                                update dosimetry.quarantine set released_at = now(), released_record_id = ?,
                                    attempts = attempts + 1, last_attempt_at = now(), last_error = null where id = ?""")
                        .params(result.recordId(), w.id()).update();
                yield new Attempt(w.id(), ItemOutcome.ACCEPTED, result.recordId(), null);
            }
            case QUARANTINED -> stillWaiting(w, result.reason().name(), null);
            case REJECTED -> stillWaiting(w, w.reason(),
                    result.errors().stream().map(FieldProblem::code).collect(Collectors.joining(",")));
        };
    }

    private Attempt stillWaiting(Waiting w, String reason, String error) {
        jdbc.sql("""
                        update dosimetry.quarantine set reason_code = ?, attempts = attempts + 1, last_attempt_at = ?,
                            last_error = ? where id = ?""")
                .params(reason, Timestamp.from(Instant.now()), error, w.id()).update();
        return new Attempt(w.id(), ItemOutcome.QUARANTINED, null, reason);
    }

    /** The system acts as an operator, on behalf of the originator (the journal names the lab's accreditation). */
    private static Actor system(Waiting w) {
        boolean lab = OriginatorKind.ACCREDITED_BODY.name().equals(w.originatorKind())
                || OriginatorKind.AIRCREW_DOSE_SERVICE.name().equals(w.originatorKind());
        return new Actor(ActorKind.OPERATOR, "system:quarantine-release", "Levée automatique de quarantaine",
                Optional.empty(), Optional.empty(), lab ? Optional.of(w.originatorId()) : Optional.empty(),
                Optional.empty());
    }
}
