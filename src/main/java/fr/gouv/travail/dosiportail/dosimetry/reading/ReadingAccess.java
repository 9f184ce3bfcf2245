package fr.gouv.travail.dosiportail.dosimetry.reading;

import fr.gouv.travail.dosiportail.access.AccessPolicy;
import fr.gouv.travail.dosiportail.access.Action;
import fr.gouv.travail.dosiportail.access.SqlFilter;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.journal.AccessJournal;
import fr.gouv.travail.dosiportail.journal.DataKind;
import fr.gouv.travail.dosiportail.journal.JournalAction;
import fr.gouv.travail.dosiportail.journal.JournalEntry;
import fr.gouv.travail.dosiportail.journal.Outcome;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The access policy and the journal as the dose readers use them: whether the caller has any access to a worker's
 * doses of a kind (else 404, as for an unknown worker), the SQL filters on each record's worker and wearing period,
 * and one READ entry per request and worker.
 */
@Component
class ReadingAccess {

    /** A period wide enough to overlap any employment: "some access, at some date". */
    private static final LocalDate EVER_FROM = LocalDate.of(1900, 1, 1);
    private static final LocalDate EVER_TO = LocalDate.of(9999, 12, 31);
    /** SQL test of an internal result (R.4451-70: read under other rules than external results). */
    static final String INTERNAL = "r.quantity in ('E50', 'H50')";

    private final AccessPolicy policy;
    private final AccessJournal journal;

    ReadingAccess(AccessPolicy policy, AccessJournal journal) {
        this.policy = policy;
        this.journal = journal;
    }

    /**
     * The start of every read, in one statement (each round trip to the database costs ≈0.5–1 ms on a busy server,
     * docs/benchmarks.md): for each kind, whether the caller may read some of the worker's data of that kind at some
     * date ({@link AccessPolicy#decision}, the rule of {@code decide}); and parallel query off for the rest of the
     * transaction: one worker's records are a few hundred index hits, parallel workers only add their start-up
     * (≈30 ms measured on 2 cores).
     */
    boolean[] open(JdbcClient jdbc, Actor actor, UUID workerId, DataKind... kinds) {
        StringBuilder sql = new StringBuilder("select set_config('max_parallel_workers_per_gather', '0', true)");
        Map<String, Object> p = new HashMap<>();
        p.put("reader_worker", workerId);
        for (int i = 0; i < kinds.length; i++) {
            SqlFilter d = prefixed(policy.decision(actor, ":reader_worker", kinds[i], EVER_FROM, EVER_TO, Action.READ),
                    "k" + i + "_");
            sql.append(", ").append(d.sql()).append(" as k").append(i);
            p.putAll(d.params());
        }
        boolean[] allowed = new boolean[kinds.length];
        jdbc.sql(sql.toString()).params(p).query(rs -> {
            for (int i = 0; i < kinds.length; i++) {
                allowed[i] = rs.getBoolean("k" + i);
            }
        });
        return allowed;
    }

    /**
     * The records (alias {@code r} of {@code dosimetry.dose_component}) the caller may see: external results under
     * EXTERNAL_DOSE, internal ones under INTERNAL_DOSE, each over the record's wearing period.
     */
    SqlFilter records(Actor actor) {
        SqlFilter external = prefixed(filter(actor, DataKind.EXTERNAL_DOSE), "ext_");
        SqlFilter internal = prefixed(filter(actor, DataKind.INTERNAL_DOSE), "int_");
        Map<String, Object> p = new HashMap<>(external.params());
        p.putAll(internal.params());
        return new SqlFilter("((" + INTERNAL + " and " + internal.sql() + ") or (not " + INTERNAL + " and "
                + external.sql() + "))", p);
    }

    /** The records that may enter the caller's effective-dose sums (EFFECTIVE_DOSE over each wearing period). */
    SqlFilter sums(Actor actor) {
        return filter(actor, DataKind.EFFECTIVE_DOSE);
    }

    private SqlFilter filter(Actor actor, DataKind kind) {
        return policy.periodVisibleTo(actor, "r.worker_id", "r.period_start", "r.period_end", kind);
    }

    /** The same filter with its parameters renamed, so that two filters can share one statement. */
    static SqlFilter prefixed(SqlFilter f, String prefix) {
        Map<String, Object> p = new HashMap<>();
        f.params().forEach((k, v) -> p.put(prefix + k, v));
        return new SqlFilter(f.sql().replace(":acc_", ":" + prefix + "acc_"), p);
    }

    /** One READ entry (in the caller's transaction), naming the delegating MDT for a delegate. */
    void journalRead(Actor actor, UUID workerId, DataKind kind, String purpose, String resource) {
        JournalEntry entry = JournalEntry.of(actor, workerId, kind, JournalAction.READ, purpose, Outcome.ALLOWED,
                resource);
        entry = policy.delegatingPhysician(actor, workerId, kind).map(r -> "MDT RPPS " + r).map(entry::onBehalfOf)
                .orElse(entry);
        journal.record(entry);
    }

    /** A refusal about a real worker is journaled as DENIED; about an unknown id, nothing is written. */
    void journalRefusal(Actor actor, UUID workerId, DataKind kind, String purpose, String resource) {
        if (policy.workerExists(workerId)) {
            journal.record(JournalEntry.of(actor, workerId, kind, JournalAction.READ, purpose, Outcome.DENIED,
                    resource));
        }
    }

    LocalDate today() {
        return policy.today();
    }
}
