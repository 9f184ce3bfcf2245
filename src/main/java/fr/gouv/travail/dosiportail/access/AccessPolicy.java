package fr.gouv.travail.dosiportail.access;

import fr.gouv.travail.dosiportail.access.policy.Clauses;
import fr.gouv.travail.dosiportail.access.policy.Params;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.journal.DataKind;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place that decides every read and write of a worker's personal data (R.4451-67 to R.4451-72; arrêté du
 * 23 juin 2023 art. 4 and 19 to 26), from the caller (kind and identity), the dated relationships of the référentiel
 * and the MDT's delegations, the kind of data and its date. Relationships (designation, delegation) are taken at the
 * day of the request; the data's date matters where the texts limit a window (CRP: R.4451-69 I) or a remit
 * (inspectors: the employment in their territory at that date).
 *
 * <p>A single decision and a list use the same SQL fragments, so they cannot disagree.
 */
@Component
@EnableConfigurationProperties(AccessSettings.class)
public class AccessPolicy {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final JdbcClient jdbc;
    private final AccessSettings settings;
    private final Clock clock;

    AccessPolicy(JdbcClient jdbc, AccessSettings settings, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock.getIfAvailable(() -> Clock.system(PARIS));
    }

    /** The day relationships are evaluated at. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    /** One record of this kind, dated {@code date}. Unknown workers are simply not allowed. */
    public Decision decide(Actor actor, UUID workerId, DataKind kind, LocalDate date, Action action) {
        return decide(actor, workerId, kind, date, date, action);
    }

    /** One record covering a period (a wearing period, for instance). */
    public Decision decide(Actor actor, UUID workerId, DataKind kind, LocalDate from, LocalDate to, Action action) {
        SqlFilter decision = decision(actor, ":acc_worker", kind, from, to, action);
        Map<String, Object> p = new HashMap<>(decision.params());
        p.put("acc_worker", workerId);
        boolean allowed = jdbc.sql("select " + decision.sql()).params(p).query(Boolean.class).single();
        return new Decision(allowed, workerId, kind, from, action);
    }

    /**
     * The test of {@link #decide} as a boolean SQL expression about the worker {@code workerIdExpr} (a parameter or
     * a column), for a caller that selects it beside other values to save a round trip; the same rule.
     */
    public SqlFilter decision(Actor actor, String workerIdExpr, DataKind kind, LocalDate from, LocalDate to,
                              Action action) {
        String clause = Clauses.worker(actor, kind, action, settings.crpWindow(), workerIdExpr, ":acc_from", ":acc_to");
        Map<String, Object> p = new HashMap<>(Params.of(actor, kind, today()));
        p.put("acc_from", from);
        p.put("acc_to", to);
        return new SqlFilter("exists (select 1 from registry.worker w where w.id = " + workerIdExpr + " and " + clause
                + ")", p);
    }

    /** Workers ({@code workerIdColumn}) whose data of this kind, dated {@code at}, the caller may read. */
    public SqlFilter workersVisibleTo(Actor actor, DataKind kind, LocalDate at, String workerIdColumn) {
        return filter(Clauses.worker(actor, kind, Action.READ, settings.crpWindow(), workerIdColumn, ":acc_at",
                ":acc_at"), actor, kind, at);
    }

    /**
     * Workers ({@code workerIdColumn}) whose data of this kind the caller may write today (add, correct or cancel a
     * result): the same rule as {@link #decide} with {@link Action#WRITE}, for a batch in one query.
     */
    public SqlFilter workersWritableBy(Actor actor, DataKind kind, String workerIdColumn) {
        return filter(Clauses.worker(actor, kind, Action.WRITE, settings.crpWindow(), workerIdColumn, ":acc_at",
                ":acc_at"), actor, kind, today());
    }

    /** Same, over {@code registry.worker w}. */
    public SqlFilter workersVisibleTo(Actor actor, DataKind kind, LocalDate at) {
        return workersVisibleTo(actor, kind, at, "w.id");
    }

    /**
     * Employment rows ({@code registry.employment} under {@code alias}) whose administrative data the caller may read
     * at {@code at}: an employer sees its own establishments' employments, an MDT those it follows today, etc.
     */
    public SqlFilter employmentsVisibleTo(Actor actor, LocalDate at, String alias) {
        String clause = switch (actor.kind()) {
            case OPERATOR -> "true";
            case WORKER -> Clauses.worker(actor, DataKind.ADMINISTRATIVE, Action.READ, settings.crpWindow(),
                    alias + ".worker_id", ":acc_at", ":acc_at");
            default -> Clauses.employment(actor, DataKind.ADMINISTRATIVE, Action.READ, settings.crpWindow(), alias,
                    ":acc_at", ":acc_at");
        };
        return filter(clause, actor, DataKind.ADMINISTRATIVE, at);
    }

    /**
     * Dated records (a dose, an alert) the caller may read: the record's worker and period columns, for the dosimetry
     * queries to AND into their WHERE clause.
     */
    public SqlFilter periodVisibleTo(Actor actor, String workerIdColumn, String startColumn, String endColumn,
                                     DataKind kind) {
        return filter(Clauses.worker(actor, kind, Action.READ, settings.crpWindow(), workerIdColumn, startColumn,
                endColumn), actor, kind, today());
    }

    private SqlFilter filter(String clause, Actor actor, DataKind kind, LocalDate at) {
        Map<String, Object> p = new HashMap<>(Params.of(actor, kind, today()));
        p.put("acc_at", at);
        return new SqlFilter("(" + clause + ")", p);
    }

    /**
     * The MDT (RPPS) on whose behalf a delegate reads this worker's data of this kind, for the journal; empty when
     * the caller acts on its own rights (or has none).
     */
    public java.util.Optional<String> delegatingPhysician(Actor actor, UUID workerId, DataKind kind) {
        if (actor.kind() != fr.gouv.travail.dosiportail.identity.ActorKind.HEALTH_PROFESSIONAL
                && actor.kind() != fr.gouv.travail.dosiportail.identity.ActorKind.OCCUPATIONAL_PHYSICIAN
                && actor.kind() != fr.gouv.travail.dosiportail.identity.ActorKind.RADIATION_PROTECTION_ADVISER) {
            return java.util.Optional.empty();
        }
        Map<String, Object> p = new HashMap<>(Params.of(actor, kind, today()));
        p.put("acc_worker", workerId);
        if (actor.kind() == fr.gouv.travail.dosiportail.identity.ActorKind.OCCUPATIONAL_PHYSICIAN
                && jdbc.sql("select exists (select 1 from registry.employment acc_m where acc_m.worker_id = :acc_worker"
                        + " and " + Clauses.physicianFollows("acc_m", ":acc_rpps") + ")").params(p)
                .query(Boolean.class).single()) {
            return java.util.Optional.empty(); // the MDT's own patient
        }
        return jdbc.sql("select g.delegating_rpps from access.delegation g join registry.employment acc_m"
                        + " on acc_m.worker_id = :acc_worker where " + Clauses.delegation("g", "acc_m")
                        + " order by g.created_at limit 1").params(p).query(String.class).optional();
    }

    /** Whether the worker exists at all (to journal a refusal about a real worker). */
    public boolean workerExists(UUID workerId) {
        return jdbc.sql("select exists (select 1 from registry.worker where id = ?)").param(workerId)
                .query(Boolean.class).single();
    }

    public AccessSettings settings() {
        return settings;
    }
}
