package fr.gouv.travail.dosiportail.surveillance.alert;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Alerts and their steps in SQL; steps are only ever appended. */
@Component
class AlertStore {

    private static final String CURRENT = """
            select id, worker_id, limit_code, site, emergency_event_id, establishment_id, seq, status, article,
                   limit_msv, window_start, window_end, counted_msv, full_msv, pro_rata_msv, record_ids, outcome,
                   retained_msv
            from surveillance.alert_current""";

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises the evaluations of these workers until the end of the transaction (sorted: no deadlock). */
    void lockWorkers(Collection<UUID> workerIds) {
        String[] ids = workerIds.stream().map(UUID::toString).sorted().toArray(String[]::new);
        jdbc.sql("select count(pg_advisory_xact_lock(hashtextextended(w, 7))) from unnest(?::text[]) w order by 1")
                .param(ids).query(Long.class).single();
    }

    Map<UUID, List<AlertState>> currentOf(Collection<UUID> workerIds) {
        Map<UUID, List<AlertState>> byWorker = new HashMap<>();
        jdbc.sql(CURRENT + " where worker_id = any(?::uuid[])")
                .param(workerIds.stream().map(UUID::toString).toArray(String[]::new))
                .query((rs, n) -> state(rs)).list()
                .forEach(a -> byWorker.computeIfAbsent(a.workerId(), k -> new ArrayList<>()).add(a));
        return byWorker;
    }

    Optional<AlertState> current(UUID alertId) {
        return jdbc.sql(CURRENT + " where id = ?").param(alertId).query((rs, n) -> state(rs)).optional();
    }

    AlertState insert(UUID workerId, String limitCode, String site, UUID event, UUID establishmentId, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into surveillance.alert (id, worker_id, limit_code, site, emergency_event_id, establishment_id,
                    raised_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, workerId, limitCode, site == null ? "" : site, event, establishmentId, Timestamp.from(at))
                .update();
        return new AlertState(id, workerId, limitCode, site == null ? "" : site, event, establishmentId, 0,
                AlertStatus.RAISED, null, null, null);
    }

    /** Appends the next step; returns the state it leaves. */
    AlertState append(AlertState before, StepKind kind, AlertStatus status, AlertState.Figures f, String outcome,
                      BigDecimal retained, String note, String actorKind, String actor, Instant at) {
        int seq = before.seq() + 1;
        jdbc.sql("""
                insert into surveillance.alert_step (alert_id, seq, kind, status, article, limit_msv, window_start,
                    window_end, counted_msv, full_msv, pro_rata_msv, record_ids, outcome, retained_msv, note,
                    actor_kind, actor, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::uuid[], ?, ?, ?, ?, ?, ?)""")
                .params(before.id(), seq, kind.name(), status.name(), f.article(), f.limitMsv(), f.windowStart(),
                        f.windowEnd(), f.countedMsv(), f.fullMsv(), f.proRataMsv(),
                        f.recordIds().stream().map(UUID::toString).toArray(String[]::new), outcome, retained, note,
                        actorKind, actor, Timestamp.from(at))
                .update();
        return new AlertState(before.id(), before.workerId(), before.limitCode(), before.site(),
                before.emergencyEventId(), before.establishmentId(), seq, status, f, outcome, retained);
    }

    /** R.4451-81: twelve months of reinforced follow-up from the day the alert is raised. */
    void reinforcedFollowUp(AlertState alert, LocalDate from) {
        jdbc.sql("""
                insert into surveillance.reinforced_follow_up (id, worker_id, alert_id, from_date, until_date, created_at)
                values (?, ?, ?, ?, ?, now()) on conflict (alert_id) do nothing""")
                .params(UUID.randomUUID(), alert.workerId(), alert.id(), from, from.plusMonths(12).minusDays(1))
                .update();
    }

    /** Records a significant event once per cause; true when it is new. */
    boolean significantEvent(UUID id, String kind, String causeKey, UUID workerId, UUID establishmentId, UUID alertId,
                             String limitCode, String article, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                insert into surveillance.significant_event (id, kind, cause_key, worker_id, establishment_id, alert_id,
                    limit_code, article, occurred_from, occurred_to, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now()) on conflict (kind, cause_key) do nothing""")
                .params(id, kind, causeKey, workerId, establishmentId, alertId, limitCode, article, from, to)
                .update() == 1;
    }

    private static AlertState state(ResultSet rs) throws SQLException {
        UUID[] ids = (UUID[]) rs.getArray("record_ids").getArray();
        var figures = new AlertState.Figures(rs.getString("article"), rs.getBigDecimal("limit_msv"),
                rs.getObject("window_start", LocalDate.class), rs.getObject("window_end", LocalDate.class),
                rs.getBigDecimal("counted_msv"), rs.getBigDecimal("full_msv"), rs.getBigDecimal("pro_rata_msv"),
                Arrays.asList(ids));
        return new AlertState(rs.getObject("id", UUID.class), rs.getObject("worker_id", UUID.class),
                rs.getString("limit_code"), rs.getString("site"), rs.getObject("emergency_event_id", UUID.class),
                rs.getObject("establishment_id", UUID.class), rs.getInt("seq"),
                AlertStatus.valueOf(rs.getString("status")), figures, rs.getString("outcome"),
                rs.getBigDecimal("retained_msv"));
    }
}
