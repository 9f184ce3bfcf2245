package fr.gouv.travail.dosiportail.registry.bulk;

import fr.gouv.travail.dosiportail.core.InvalidValue;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.registry.BulkReport.LineError;
import fr.gouv.travail.dosiportail.registry.Outcome;
import fr.gouv.travail.dosiportail.registry.declaration.EmploymentDeclarations;
import fr.gouv.travail.dosiportail.registry.declaration.ProfileDeclarations;
import fr.gouv.travail.dosiportail.registry.declaration.WorkerDeclarations;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The slow path: one line at a time through the single declarations, each in its own savepoint. Used only for a
 * chunk whose batched write hit a database constraint (e.g. the same worker declared at the same moment by another
 * file), so that the faulty line is found and the others kept.
 */
@Component
class LineByLine {

    private final WorkerDeclarations workers;
    private final EmploymentDeclarations employments;
    private final ProfileDeclarations profiles;
    private final TransactionTemplate savepoint;

    LineByLine(WorkerDeclarations workers, EmploymentDeclarations employments, ProfileDeclarations profiles,
               PlatformTransactionManager tx) {
        this.workers = workers;
        this.employments = employments;
        this.profiles = profiles;
        this.savepoint = new TransactionTemplate(tx);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Writes one valid line; on failure, the line gets its errors and nothing of it is kept. */
    void write(Actor actor, BulkLine l) {
        try {
            Outcome o = savepoint.execute(s -> writeLine(actor, l));
            l.changed = o != Outcome.UNCHANGED;
        } catch (ApiProblem e) {
            l.errors.addAll(LineChecks.errors(l.number, e));
        } catch (InvalidValue e) {
            l.errors.add(new LineError(l.number, LineChecks.column(e.field()), "INVALID_VALUE", e.reasonFr()));
        } catch (DataIntegrityViolationException e) {
            l.errors.add(new LineError(l.number, "nir", "WRITE_FAILED",
                    "Cette ligne n’a pas pu être enregistrée (conflit avec une autre déclaration en cours ?) ; renvoyez-la."));
        }
    }

    private Outcome writeLine(Actor actor, BulkLine l) {
        var m = l.employment;
        var wr = workers.upsert(actor, l.worker, l.establishment.id());
        var mr = employments.upsert(actor, m, l.establishment.id());
        Outcome result = wr.outcome() != Outcome.UNCHANGED ? wr.outcome() : mr.outcome();
        if (wr.discrepancyRecorded() && result == Outcome.UNCHANGED) {
            result = Outcome.UPDATED;
        }
        if (l.classification != null) {
            var employment = new EmploymentDeclarations.Employment(mr.employmentId(), mr.workerId(),
                    l.establishment.id(), m.startDate(), m.endDate(), null);
            var pr = profiles.upsert(actor, l.profile(mr.employmentId()), employment);
            if (result == Outcome.UNCHANGED) {
                result = pr.outcome();
            }
        }
        return result;
    }
}
