package fr.gouv.travail.dosiportail.surveillance.alert;

import fr.gouv.travail.dosiportail.access.AccessPolicy;
import fr.gouv.travail.dosiportail.access.Purposes;
import fr.gouv.travail.dosiportail.access.SqlFilter;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.journal.AccessJournal;
import fr.gouv.travail.dosiportail.journal.DataKind;
import fr.gouv.travail.dosiportail.journal.JournalAction;
import fr.gouv.travail.dosiportail.journal.JournalEntry;
import fr.gouv.travail.dosiportail.journal.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alerts and significant events as each reader may see them. A reader only ever gets its own notification rows
 * (already redacted for its kind: the MDT/CRP with values, the employer identity only, the ministry anonymous), and
 * the access policy filters them again in SQL. One journal entry per worker shown.
 */
@Service
public class AlertReads {

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final AccessJournal journal;
    private final TransactionTemplate tx;

    AlertReads(JdbcClient jdbc, AccessPolicy policy, AccessJournal journal, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.journal = journal;
        this.tx = new TransactionTemplate(transactions);
    }

    /** One alert in a list: its state, and the reader's own (latest) version of it. */
    public record AlertItem(UUID alertId, String status, String titleFr, String titleEn, JsonNode content,
                            Instant updatedAt, LocalDate reinforcedFollowUpUntil) {
    }

    /** One significant event for the employer to report: who and what, never a dose. */
    public record SignificantEvent(UUID id, String kind, String limitCode, String article, LocalDate from, LocalDate to,
                                   String birthName, String usageName, String firstNames, String siret,
                                   String establishment, Instant recordedAt) {
    }

    public List<AlertItem> alerts(Actor actor) {
        Recipient r = recipient(actor);
        if (r == null) {
            return List.of();
        }
        return tx.execute(s -> {
            Map<String, Object> p = new HashMap<>(r.filter.params());
            p.put("kind", r.kind);
            p.put("key", r.key);
            List<Object[]> rows = jdbc.sql("""
                    select * from (
                        select distinct on (n.subject_id) n.subject_id, a.status, n.title_fr, n.title_en,
                               n.payload::text, n.created_at, n.worker_id, f.until_date
                        from surveillance.notification n
                        join surveillance.alert_current a on a.id = n.subject_id
                        left join surveillance.reinforced_follow_up f on f.alert_id = a.id
                        where n.subject_kind in ('LIMIT_ALERT', 'ALERT_STEP') and n.recipient_kind = :kind
                          and n.recipient_key = :key and\s""" + r.filter.sql() + """
                        order by n.subject_id, n.created_at desc) x
                    order by created_at desc limit 500""").params(p)
                    .query((rs, n) -> new Object[]{rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                            rs.getObject(7, UUID.class), rs.getObject(8, LocalDate.class)}).list();
            Set<UUID> workers = new LinkedHashSet<>();
            rows.forEach(row -> {
                if (row[6] != null) {
                    workers.add((UUID) row[6]);
                }
            });
            journalReads(actor, workers, r.dataKind, "GET /api/v1/alerts");
            return rows.stream().map(row -> new AlertItem((UUID) row[0], (String) row[1], (String) row[2],
                    (String) row[3], JsonMapper.shared().readTree((String) row[4]), (Instant) row[5],
                    r.kind.equals("EMPLOYER") ? null : (LocalDate) row[7])).toList();
        });
    }

    public List<SignificantEvent> significantEvents(Actor actor) {
        SqlFilter f = policy.workersVisibleTo(actor, DataKind.ADMINISTRATIVE, policy.today(), "e.worker_id");
        Map<String, Object> p = new HashMap<>(f.params());
        p.put("siren", actor.company().map(x -> x.value()).orElse(""));
        p.put("all", actor.kind() == ActorKind.OPERATOR);
        return tx.execute(s -> {
            List<Object[]> rows = jdbc.sql("""
                    select e.id, e.kind, e.limit_code, e.article, e.occurred_from, e.occurred_to, w.birth_name,
                           w.usage_name, w.first_names, x.siret, x.name, e.created_at, e.worker_id
                    from surveillance.significant_event e
                    join registry.worker w on w.id = e.worker_id
                    join registry.establishment x on x.id = e.establishment_id
                    join registry.company c on c.id = x.company_id
                    where (:all or c.siren = :siren)
                      and (e.alert_id is null or not exists (select 1 from surveillance.alert_current a
                                                             where a.id = e.alert_id and a.status = 'WITHDRAWN'))
                      and\s""" + f.sql() + " order by e.created_at desc limit 1000").params(p)
                    .query((rs, n) -> new Object[]{new SignificantEvent(rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                            rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10).strip(), rs.getString(11), rs.getTimestamp(12).toInstant()),
                            rs.getObject(13, UUID.class)}).list();
            Set<UUID> workers = new LinkedHashSet<>();
            rows.forEach(row -> workers.add((UUID) row[1]));
            journalReads(actor, workers, DataKind.ADMINISTRATIVE, "GET /api/v1/significant-events");
            return rows.stream().map(row -> (SignificantEvent) row[0]).toList();
        });
    }

    private void journalReads(Actor actor, Set<UUID> workers, DataKind kind, String resource) {
        if (workers.isEmpty()) {
            return;
        }
        JournalEntry entry = JournalEntry.of(actor, workers.iterator().next(), kind, JournalAction.READ,
                Purposes.of(actor.kind()), Outcome.ALLOWED, resource);
        journal.recordAll(workers.stream().map(entry::about).toList());
    }

    private record Recipient(String kind, String key, SqlFilter filter, DataKind dataKind) {
    }

    /** The reader's recipient identity, or null when it receives no alert. */
    private Recipient recipient(Actor actor) {
        SqlFilter alerts = policy.periodVisibleTo(actor, "n.worker_id", "a.window_start", "a.window_end",
                DataKind.ALERT);
        return switch (actor.kind()) {
            case OCCUPATIONAL_PHYSICIAN -> actor.rpps().map(r -> new Recipient("OCCUPATIONAL_PHYSICIAN", r.value(),
                    alerts, DataKind.ALERT)).orElse(null);
            case RADIATION_PROTECTION_ADVISER -> actor.email().map(e -> new Recipient("RADIATION_PROTECTION_ADVISER",
                    e.strip().toLowerCase(java.util.Locale.ROOT), alerts, DataKind.ALERT)).orElse(null);
            case EMPLOYER, EMPLOYER_CORRESPONDENT -> actor.company().map(c -> new Recipient("EMPLOYER", c.value(),
                    policy.workersVisibleTo(actor, DataKind.ADMINISTRATIVE, policy.today(), "n.worker_id"),
                    DataKind.ADMINISTRATIVE)).orElse(null);
            // the ministry's anonymous version: the DGT (or the DSND for defence establishments), the operator, and
            // labour inspectors with a national remit
            case MINISTRY -> actor.authority().map(a -> "DSND".equals(a)
                    ? new Recipient("DEFENCE_INSPECTORATE", "DSND", new SqlFilter("true", Map.of()), null)
                    : new Recipient("MINISTRY", "DGT", new SqlFilter("true", Map.of()), null)).orElse(null);
            case OPERATOR -> new Recipient("MINISTRY", "DGT", new SqlFilter("true", Map.of()), null);
            case LABOUR_INSPECTOR -> actor.territory().contains("*")
                    ? new Recipient("MINISTRY", "DGT", new SqlFilter("true", Map.of()), null) : null;
            default -> null;
        };
    }
}
