package fr.gouv.travail.dosiportail.surveillance.alert;

import fr.gouv.travail.dosiportail.access.AccessPolicy;
import fr.gouv.travail.dosiportail.access.Action;
import fr.gouv.travail.dosiportail.dosimetry.CountedDoses;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.journal.AccessJournal;
import fr.gouv.travail.dosiportail.journal.DataKind;
import fr.gouv.travail.dosiportail.journal.JournalAction;
import fr.gouv.travail.dosiportail.journal.JournalEntry;
import fr.gouv.travail.dosiportail.journal.Outcome;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.surveillance.limits.LimitsEngine;
import fr.gouv.travail.dosiportail.surveillance.limits.WindowStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a worker stands against every limit on a given day ("for any date on request"): the windows ending that day,
 * each with its sum counted as the straddling setting says, both figures, and whether it is exceeded. Read as
 * effective-dose data under the access policy; a refusal answers as an unknown worker; every read is journaled.
 */
@Service
public class LimitStatus {

    private final AccessPolicy policy;
    private final CountedDoses counted;
    private final WorkerContexts contexts;
    private final LimitsEngine engine;
    private final AccessJournal journal;

    LimitStatus(AccessPolicy policy, CountedDoses counted, WorkerContexts contexts, LimitsEngine engine,
                AccessJournal journal) {
        this.policy = policy;
        this.counted = counted;
        this.contexts = contexts;
        this.engine = engine;
        this.journal = journal;
    }

    /** One limit's window ending on the requested day. */
    public record LimitWindow(String code, String article, String quantity, String population, String window,
                              String site, LocalDate windowStart, LocalDate windowEnd, BigDecimal limitMsv,
                              BigDecimal countedMsv, BigDecimal fullMsv, BigDecimal proRataMsv, boolean exceeded) {

        static LimitWindow of(WindowStatus s) {
            return new LimitWindow(s.rule().code(), s.rule().article(), s.rule().quantity().name(),
                    s.rule().population().name(), s.rule().window().name(), s.site(), s.windowStart(), s.windowEnd(),
                    s.rule().limitMsv(), s.countedMsv(), s.fullMsv(), s.proRataMsv(), s.exceeded());
        }
    }

    @Transactional
    public List<LimitWindow> at(Actor actor, UUID workerId, LocalDate day, String purpose) {
        String resource = "GET /api/v1/workers/" + workerId + "/limits?at=" + day;
        boolean allowed = policy.decide(actor, workerId, DataKind.EFFECTIVE_DOSE, day.minusMonths(12).plusDays(1), day,
                Action.READ).allowed();
        if (!allowed) {
            if (policy.workerExists(workerId)) {
                journal.record(JournalEntry.of(actor, workerId, DataKind.EFFECTIVE_DOSE, JournalAction.READ, purpose,
                        Outcome.DENIED, resource));
            }
            throw ApiProblem.notFound("Travailleur introuvable.", "Worker not found.");
        }
        var doses = counted.of(Set.of(workerId)).getOrDefault(workerId, List.of()).stream()
                .map(AlertEvaluation::mapped).toList();
        var context = contexts.of(Set.of(workerId)).get(workerId);
        JournalEntry entry = JournalEntry.of(actor, workerId, DataKind.EFFECTIVE_DOSE, JournalAction.READ, purpose,
                Outcome.ALLOWED, resource);
        journal.record(policy.delegatingPhysician(actor, workerId, DataKind.EFFECTIVE_DOSE)
                .map(r -> entry.onBehalfOf("MDT RPPS " + r)).orElse(entry));
        return engine.statusAt(context, doses, day).stream().map(LimitWindow::of).toList();
    }
}
