package fr.gouv.travail.dosiportail.surveillance.alert;

import fr.gouv.travail.dosiportail.access.AccessPolicy;
import fr.gouv.travail.dosiportail.access.Action;
import fr.gouv.travail.dosiportail.access.Purposes;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.journal.AccessJournal;
import fr.gouv.travail.dosiportail.journal.DataKind;
import fr.gouv.travail.dosiportail.journal.JournalAction;
import fr.gouv.travail.dosiportail.journal.JournalEntry;
import fr.gouv.travail.dosiportail.journal.Outcome;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The MDT's steps (arrêté du 23 juin 2023; reference §5.2): analysis started, then concluded with the dose
 * maintained, modified or cancelled and the retained dose. Only an MDT who follows the worker (WRITE of ALERT in the
 * access policy); anyone else gets the 404 of an unknown alert. Each step is appended, journaled and told.
 */
@Service
public class AlertLifecycle {

    /** The MDT's conclusion; MODIFIED/CANCELLED are the MDT's word, records are corrected through the corrections API. */
    public enum Outcome {
        MAINTAINED,
        MODIFIED,
        CANCELLED
    }

    private final AlertStore store;
    private final AccessPolicy policy;
    private final AccessJournal journal;
    private final AlertFanOut fanOut;
    private final NotificationWriter writer;
    private final TransactionTemplate tx;

    AlertLifecycle(AlertStore store, AccessPolicy policy, AccessJournal journal, AlertFanOut fanOut,
                   NotificationWriter writer, PlatformTransactionManager transactions) {
        this.store = store;
        this.policy = policy;
        this.journal = journal;
        this.fanOut = fanOut;
        this.writer = writer;
        this.tx = new TransactionTemplate(transactions);
    }

    public AlertStep startAnalysis(Actor actor, UUID alertId, String note) {
        return step(actor, alertId, StepKind.ANALYSIS_STARTED, null, null, note);
    }

    public AlertStep conclude(Actor actor, UUID alertId, Outcome outcome, BigDecimal retainedMsv, String note) {
        return step(actor, alertId, StepKind.CONCLUDED, outcome, retainedMsv, note);
    }

    private AlertStep step(Actor actor, UUID alertId, StepKind kind, Outcome outcome, BigDecimal retained,
                           String note) {
        List<UUID> issued = new ArrayList<>();
        AlertStep answer = tx.execute(s -> {
            AlertState a = store.current(alertId).orElseThrow(AlertLifecycle::unknown);
            var f = a.figures();
            String resource = "POST /api/v1/alerts/" + alertId + (kind == StepKind.CONCLUDED ? "/conclusion" : "/analysis");
            if (!policy.decide(actor, a.workerId(), DataKind.ALERT, f.windowStart(), f.windowEnd(), Action.WRITE)
                    .allowed()) {
                throw unknown();
            }
            store.lockWorkers(List.of(a.workerId()));
            a = store.current(alertId).orElseThrow(AlertLifecycle::unknown);
            AlertStatus expected = kind == StepKind.CONCLUDED ? AlertStatus.ANALYSIS_STARTED : AlertStatus.RAISED;
            if (a.status() != expected) {
                throw ApiProblem.conflict("L’alerte est à l’état " + a.status() + " ; cette étape suppose l’état "
                        + expected + ".", "The alert is " + a.status() + "; this step needs " + expected + ".");
            }
            AlertStatus next = kind == StepKind.CONCLUDED ? AlertStatus.CONCLUDED : AlertStatus.ANALYSIS_STARTED;
            Instant at = Instant.now();
            AlertState after = store.append(a, kind, next, a.figures(), outcome == null ? null : outcome.name(),
                    retained, note, actor.kind().name(), actor.rpps().map(r -> r.value()).orElse(actor.subject()), at);
            journal.record(JournalEntry.of(actor, a.workerId(), DataKind.ALERT, JournalAction.WRITE,
                    Purposes.of(actor.kind()), fr.gouv.travail.dosiportail.journal.Outcome.ALLOWED, resource));
            issued.addAll(fanOut.alertStep(after, kind, policy.today(), at));
            writer.publish(issued);
            return new AlertStep(alertId, after.seq(), kind.name(), next.name(),
                    outcome == null ? null : outcome.name(), retained);
        });
        return answer;
    }

    private static ApiProblem unknown() {
        return ApiProblem.notFound("Alerte inconnue.", "Unknown alert.");
    }

    /** What a step answers. */
    public record AlertStep(UUID alertId, int step, String kind, String status, String outcome,
                            BigDecimal retainedDoseMsv) {
    }
}
