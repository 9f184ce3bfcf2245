package fr.gouv.travail.dosiportail.surveillance.alert;

import fr.gouv.travail.dosiportail.surveillance.limits.WorkerContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads what the engine needs besides the doses, for many workers at once. */
@Component
class WorkerContexts {

    private final JdbcClient jdbc;

    WorkerContexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, WorkerContext> of(Collection<UUID> workerIds) {
        String[] ids = workerIds.stream().map(UUID::toString).toArray(String[]::new);
        Map<UUID, LocalDate> births = new HashMap<>();
        jdbc.sql("select id, birth_date from registry.worker where id = any(?::uuid[])").param(ids)
                .query((rs, n) -> births.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class))).list();
        Map<UUID, List<WorkerContext.Period>> pregnancies = periods("""
                select p.worker_id, p.declared_on, p.delivery_on from surveillance.pregnancy p
                where p.worker_id = any(?::uuid[])
                  and not exists (select 1 from surveillance.pregnancy n where n.supersedes_id = p.id)""", ids);
        Map<UUID, List<WorkerContext.Period>> exceptional = periods("""
                select worker_id, period_start, period_end from surveillance.exceptional_exposure
                where worker_id = any(?::uuid[])""", ids);
        Map<UUID, WorkerContext> contexts = new HashMap<>();
        for (UUID id : workerIds) {
            contexts.put(id, new WorkerContext(births.get(id), pregnancies.getOrDefault(id, List.of()),
                    exceptional.getOrDefault(id, List.of())));
        }
        return contexts;
    }

    private Map<UUID, List<WorkerContext.Period>> periods(String sql, String[] ids) {
        Map<UUID, List<WorkerContext.Period>> byWorker = new HashMap<>();
        if (ids.length == 0) {
            return byWorker;
        }
        jdbc.sql(sql).param(ids).query((rs, n) -> byWorker.computeIfAbsent(rs.getObject(1, UUID.class),
                k -> new ArrayList<>()).add(new WorkerContext.Period(rs.getObject(2, LocalDate.class),
                rs.getObject(3, LocalDate.class)))).list();
        return byWorker;
    }
}
