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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One alert's current status and steps, for a reader the access policy lets read the worker's alerts over the
 * alert's window (the MDT's detail page); whether that reader may take the next lifecycle step. Journaled.
 */
@Service
public class AlertHistory {

    private final AlertStore store;
    private final AccessPolicy policy;
    private final AccessJournal journal;
    private final JdbcClient jdbc;

    AlertHistory(AlertStore store, AccessPolicy policy, AccessJournal journal, JdbcClient jdbc) {
        this.store = store;
        this.policy = policy;
        this.journal = journal;
        this.jdbc = jdbc;
    }

    /** One appended step, as the MDT sees it. */
    public record Step(int seq, String kind, String status, String outcome, BigDecimal retainedDoseMsv, String note,
                       Instant at) {
    }

    /** The alert's status, its steps in order, and whether the reader may act on it (WRITE of ALERT). */
    public record History(UUID alertId, AlertStatus status, List<Step> steps, boolean mayAct) {
    }

    /** Empty for an unknown alert or one the reader may not read (as the lifecycle answers 404 to it). */
    @Transactional // not read-only: the read is journaled
    public Optional<History> of(Actor actor, UUID alertId, String resource) {
        Optional<AlertState> found = store.current(alertId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AlertState a = found.get();
        var f = a.figures();
        if (!policy.decide(actor, a.workerId(), DataKind.ALERT, f.windowStart(), f.windowEnd(), Action.READ)
                .allowed()) {
            return Optional.empty();
        }
        boolean mayAct = policy.decide(actor, a.workerId(), DataKind.ALERT, f.windowStart(), f.windowEnd(),
                Action.WRITE).allowed();
        List<Step> steps = jdbc.sql("""
                        select seq, kind, status, outcome, retained_msv, note, created_at from surveillance.alert_step
                        where alert_id = ? order by seq""").param(alertId)
                .query((rs, n) -> new Step(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getString(6), rs.getTimestamp(7).toInstant())).list();
        journal.record(JournalEntry.of(actor, a.workerId(), DataKind.ALERT, JournalAction.READ,
                Purposes.of(actor.kind()), Outcome.ALLOWED, resource));
        return Optional.of(new History(alertId, a.status(), steps, mayAct));
    }
}
