package fr.gouv.travail.dosiportail.dosimetry.revision;

import fr.gouv.travail.dosiportail.access.AccessPolicy;
import fr.gouv.travail.dosiportail.access.Action;
import fr.gouv.travail.dosiportail.access.Purposes;
import fr.gouv.travail.dosiportail.dosimetry.DoseRecordRevised;
import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.RevisionKind;
import fr.gouv.travail.dosiportail.dosimetry.collection.Originators;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.journal.AccessJournal;
import fr.gouv.travail.dosiportail.journal.JournalAction;
import fr.gouv.travail.dosiportail.journal.JournalEntry;
import fr.gouv.travail.dosiportail.journal.Outcome;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Corrections and cancellations: a new version of the record, linked to the previous one, with a mandatory reason.
 * Only the current version may be revised (else 409 naming it); when two callers revise the same version at once,
 * the unique (natural key, version) constraint lets one win and answers the other 409. Allowed to the originator
 * (a lab by accreditation number, an MDT its own entries), to the MDT who follows the worker (WRITE in
 * {@link AccessPolicy}) and to the operator; anyone else gets the answer of an unknown record.
 */
@Service
public class DoseRevisions {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final RevisionStore store;
    private final AccessPolicy policy;
    private final AccessJournal journal;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    DoseRevisions(RevisionStore store, AccessPolicy policy, AccessJournal journal, ApplicationEventPublisher events,
                  PlatformTransactionManager transactions) {
        this.store = store;
        this.policy = policy;
        this.journal = journal;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
    }

    public RevisionReceipt correct(Actor actor, UUID recordId, CorrectionRequest c, String channel) {
        return revise(actor, recordId, RevisionKind.CORRECTION, c.reason(), channel, c);
    }

    public RevisionReceipt cancel(Actor actor, UUID recordId, String reason, String channel) {
        return revise(actor, recordId, RevisionKind.CANCELLATION, reason, channel, null);
    }

    /** The record if this caller may revise it; 404 otherwise, exactly as for an unknown record. */
    public StoredRecord revisable(Actor actor, UUID recordId) {
        StoredRecord r = store.find(recordId).orElseThrow(DoseRevisions::unknown);
        if (!mayRevise(actor, r)) {
            tx.executeWithoutResult(s -> journal.record(entry(actor, r, Outcome.DENIED, r.id())));
            throw unknown();
        }
        return r;
    }

    private boolean mayRevise(Actor actor, StoredRecord r) {
        return actor.kind() == ActorKind.OPERATOR
                || Originators.isOriginator(actor, r.originatorKind(), r.originatorId())
                || actor.kind() == ActorKind.OCCUPATIONAL_PHYSICIAN && policy.decide(actor, r.workerId(), r.dataKind(),
                r.periodStart(), r.periodEnd(), Action.WRITE).allowed();
    }

    private RevisionReceipt revise(Actor actor, UUID recordId, RevisionKind kind, String reason, String channel,
                                   CorrectionRequest c) {
        StoredRecord previous = revisable(actor, recordId);
        try {
            return tx.execute(s -> write(actor, previous, kind, reason.strip(), channel, c));
        } catch (DuplicateKeyException e) {
            throw notCurrent(store.current(previous).id()); // another revision of the same version won
        }
    }

    /** Writes the new version of {@code previous}, which the caller loaded and may revise. */
    RevisionReceipt write(Actor actor, StoredRecord previous, RevisionKind kind, String reason, String channel,
                          CorrectionRequest c) {
        var current = store.current(previous);
        if (!current.id().equals(previous.id())) {
            throw notCurrent(current.id());
        }
        if (previous.cancelled()) {
            throw ApiProblem.conflict("Ce résultat est annulé : il ne peut plus être corrigé ni annulé.",
                    "This result is cancelled: it can no longer be corrected or cancelled.");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, PARIS);
        DoseRecordSubmission values = c == null ? previous.unchanged() : previous.corrected(c);
        if (c != null) {
            List<FieldProblem> errors = Originators.valueErrors(values, today);
            if (!errors.isEmpty()) {
                throw ApiProblem.invalid(errors);
            }
        }
        UUID submissionId = UUID.randomUUID();
        String receipt = store.openSubmission(submissionId, actor.kind().name() + ":" + actor.subject(), channel,
                actor.subject(), now, today);
        UUID id = UUID.randomUUID();
        boolean review = c != null && Originators.needsReview(values);
        store.insertVersion(id, previous, values, review, c == null, reason, channel, submissionId, now, receipt);
        events.publishEvent(new DoseRecordRevised(id, previous.id(), previous.workerId(), previous.quantity(),
                previous.periodStart(), previous.periodEnd(), kind, now));
        journal.record(entry(actor, previous, Outcome.ALLOWED, id));
        return new RevisionReceipt(id, previous.id(), previous.version() + 1, kind, receipt, now);
    }

    private JournalEntry entry(Actor actor, StoredRecord r, Outcome outcome, UUID resource) {
        JournalEntry e = JournalEntry.of(actor, r.workerId(), r.dataKind(), JournalAction.WRITE,
                Purposes.of(actor.kind()), outcome, "dosimetry.dose_record/" + resource);
        return actor.accreditationNumber().map(n -> e.onBehalfOf("Accréditation " + n)).orElse(e);
    }

    static ApiProblem notCurrent(UUID currentId) {
        return new ApiProblem(409, "conflit",
                "Ce n'est pas la version en vigueur de ce résultat ; la version en vigueur est " + currentId + ".",
                "This is not the current version of this result; the current version is " + currentId + ".",
                List.of(new FieldProblem("currentRecordId", "NOT_CURRENT_VERSION", currentId.toString(),
                        currentId.toString())));
    }

    static ApiProblem unknown() {
        return ApiProblem.notFound("Résultat dosimétrique introuvable.", "Dose record not found.");
    }
}
