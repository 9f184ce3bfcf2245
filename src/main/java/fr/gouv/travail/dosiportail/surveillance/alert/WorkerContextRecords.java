package fr.gouv.travail.dosiportail.surveillance.alert;

import fr.gouv.travail.dosiportail.access.AccessPolicy;
import fr.gouv.travail.dosiportail.access.Action;
import fr.gouv.travail.dosiportail.access.Purposes;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.journal.AccessJournal;
import fr.gouv.travail.dosiportail.journal.DataKind;
import fr.gouv.travail.dosiportail.journal.JournalAction;
import fr.gouv.travail.dosiportail.journal.JournalEntry;
import fr.gouv.travail.dosiportail.journal.Outcome;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what the limits depend on: a pregnancy declared to the MDT (R.4451-7: the MDT following the worker, or the
 * operator), an exceptional exposure authorised by the labour inspector (R.4451-89 to -93: an inspector whose remit
 * covers the worker, or the operator). Personal data: decided by the access policy, journaled; a refusal answers as
 * an unknown worker. The worker's limits are then evaluated again ({@link WorkerContextChanged}).
 */
@Service
public class WorkerContextRecords {

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final AccessJournal journal;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    WorkerContextRecords(JdbcClient jdbc, AccessPolicy policy, AccessJournal journal,
                         ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.journal = journal;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
    }

    /** A pregnancy: declaration day and delivery (when known). The same declaration day again updates it. */
    public record Pregnancy(LocalDate declaredOn, LocalDate deliveryOn) {
    }

    /** An authorised exceptional exposure (R.4451-90) with the inspector's decision reference. */
    public record ExceptionalExposure(LocalDate periodStart, LocalDate periodEnd, String decisionReference) {
    }

    public record Recorded(UUID id, UUID workerId) {
    }

    public Recorded pregnancy(Actor actor, UUID workerId, Pregnancy p) {
        if (p.deliveryOn() != null && p.deliveryOn().isBefore(p.declaredOn())) {
            throw ApiProblem.invalid("deliveryOn", "BEFORE_DECLARATION", "L’accouchement précède la déclaration.",
                    "Delivery is before the declaration.");
        }
        return tx.execute(s -> {
            allowed(actor, workerId, DataKind.ALERT, Action.WRITE, p.declaredOn(), "/pregnancy");
            UUID previous = jdbc.sql("""
                    select p.id from surveillance.pregnancy p where p.worker_id = ? and p.declared_on = ?
                      and not exists (select 1 from surveillance.pregnancy n where n.supersedes_id = p.id)""")
                    .params(workerId, p.declaredOn()).query(UUID.class).optional().orElse(null);
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    insert into surveillance.pregnancy (id, worker_id, declared_on, delivery_on, supersedes_id,
                        recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, workerId, p.declaredOn(), p.deliveryOn(), previous,
                            actor.rpps().map(r -> r.value()).orElse(actor.subject()), Timestamp.from(Instant.now()))
                    .update();
            written(actor, workerId, DataKind.ALERT, "/pregnancy");
            return new Recorded(id, workerId);
        });
    }

    public Recorded exceptionalExposure(Actor actor, UUID workerId, ExceptionalExposure e) {
        if (e.periodEnd().isBefore(e.periodStart())) {
            throw ApiProblem.invalid("periodEnd", "BEFORE_START", "La fin précède le début.", "The end is before the start.");
        }
        return tx.execute(s -> {
            // an inspector acts within their remit (they read the worker's effective dose there, R.4451-71)
            allowed(actor, workerId, DataKind.EFFECTIVE_DOSE, Action.READ, e.periodStart(), "/exceptional-exposures");
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    insert into surveillance.exceptional_exposure (id, worker_id, period_start, period_end,
                        decision_reference, recorded_by_kind, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, workerId, e.periodStart(), e.periodEnd(), e.decisionReference().strip(),
                            actor.kind() == ActorKind.OPERATOR ? "OPERATOR" : "LABOUR_INSPECTOR", actor.subject(),
                            Timestamp.from(Instant.now())).update();
            written(actor, workerId, DataKind.EFFECTIVE_DOSE, "/exceptional-exposures");
            return new Recorded(id, workerId);
        });
    }

    private void allowed(Actor actor, UUID workerId, DataKind kind, Action action, LocalDate date, String what) {
        if (!policy.decide(actor, workerId, kind, date, action).allowed()) {
            throw ApiProblem.notFound("Travailleur inconnu.", "Unknown worker.");
        }
    }

    private void written(Actor actor, UUID workerId, DataKind kind, String what) {
        journal.record(JournalEntry.of(actor, workerId, kind, JournalAction.WRITE, Purposes.of(actor.kind()),
                Outcome.ALLOWED, "POST /api/v1/workers/" + workerId + what));
        events.publishEvent(new WorkerContextChanged(workerId));
    }
}
