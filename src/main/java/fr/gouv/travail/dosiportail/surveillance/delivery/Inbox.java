package fr.gouv.travail.dosiportail.surveillance.delivery;

import fr.gouv.travail.dosiportail.access.AccessPolicy;
import fr.gouv.travail.dosiportail.access.Purposes;
import fr.gouv.travail.dosiportail.access.SqlFilter;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.journal.AccessJournal;
import fr.gouv.travail.dosiportail.journal.DataKind;
import fr.gouv.travail.dosiportail.journal.JournalAction;
import fr.gouv.travail.dosiportail.journal.JournalEntry;
import fr.gouv.travail.dosiportail.journal.Outcome;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The in-app inbox: an actor's own notifications (filtered in SQL by recipient and, when they name a worker, by the
 * caller's access to that worker today: an MDT or CRP no longer designated stops seeing them), read marks appended
 * per reader. Opening a notification that names a worker is journaled (READ, ALERT).
 */
@Service
public class Inbox {

    public static final List<String> SUBJECT_KINDS = List.of("LIMIT_ALERT", "ALERT_STEP", "CLASSIFICATION_NOTICE",
            "CONSTRAINT_PRE_ALERT", "SIGNIFICANT_EVENT");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;
    private final AccessJournal journal;
    private final AccessPolicy policy;
    private final JsonMapper json = JsonMapper.shared();

    Inbox(JdbcClient jdbc, AccessJournal journal, AccessPolicy policy) {
        this.jdbc = jdbc;
        this.journal = journal;
        this.policy = policy;
    }

    public record Item(UUID id, String subjectKind, String titleFr, String titleEn, Instant createdAt, boolean read) {
    }

    public record Page(List<Item> items, int page, int size, long totalElements, long unread,
                       Map<String, Long> unreadByKind) {
    }

    public record Detail(UUID id, String subjectKind, String recipientKind, String titleFr, String titleEn,
                         Instant createdAt, boolean read, Map<String, Object> payload) {
    }

    /** Filters: only unread, one subject kind, created within [from, to] (Paris days); all optional. */
    public record Filter(Boolean unread, String kind, LocalDate from, LocalDate to) {
    }

    @Transactional(readOnly = true)
    public Page list(Actor actor, Filter f, int page, int size) {
        Optional<Recipient> r = Recipient.of(actor);
        if (r.isEmpty()) {
            return new Page(List.of(), page, size, 0, 0, Map.of());
        }
        Mine mine = mine(actor, r.get());
        String where = " from surveillance.notification n where " + mine.sql()
                + " and (cast(:kind as text) is null or n.subject_kind = :kind)"
                + " and (cast(:from_ts as timestamptz) is null or n.created_at >= :from_ts)"
                + " and (cast(:to_ts as timestamptz) is null or n.created_at < :to_ts)"
                + " and (cast(:unread as boolean) is null or :unread = not " + isRead() + ")";
        Map<String, Object> p = new LinkedHashMap<>(mine.params());
        p.put("kind", f.kind());
        p.put("from_ts", f.from() == null ? null : java.sql.Timestamp.from(f.from().atStartOfDay(PARIS).toInstant()));
        p.put("to_ts", f.to() == null ? null
                : java.sql.Timestamp.from(f.to().plusDays(1).atStartOfDay(PARIS).toInstant()));
        p.put("unread", f.unread());
        long total = jdbc.sql("select count(*)" + where).params(p).query(Long.class).single();
        List<Item> items = jdbc.sql("select n.id, n.subject_kind, n.title_fr, n.title_en, n.created_at, " + isRead()
                        + where + " order by n.created_at desc, n.id limit :limit offset :offset")
                .params(p).param("limit", size).param("offset", (long) page * size)
                .query((rs, i) -> new Item(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getBoolean(6))).list();
        Map<String, Long> byKind = unreadByKind(actor, r.get());
        long unread = byKind.values().stream().mapToLong(Long::longValue).sum();
        return new Page(items, page, size, total, unread, byKind);
    }

    /** Unread notifications of this actor (0 for actors who receive none). */
    @Transactional(readOnly = true)
    public long unread(Actor actor) {
        return Recipient.of(actor).map(r -> unreadByKind(actor, r).values().stream().mapToLong(Long::longValue).sum())
                .orElse(0L);
    }

    private Map<String, Long> unreadByKind(Actor actor, Recipient r) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Mine mine = mine(actor, r);
        jdbc.sql("select n.subject_kind, count(*) from surveillance.notification n where " + mine.sql()
                        + " and not " + isRead() + " group by n.subject_kind order by n.subject_kind")
                .params(mine.params()).query((rs, i) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    /** One of the caller's notifications (404 otherwise, as for an unknown one); journaled if it names a worker. */
    @Transactional
    public Detail open(Actor actor, UUID id, String resource) {
        Recipient r = Recipient.of(actor).orElseThrow(Inbox::notFound);
        Mine mine = mine(actor, r);
        Map<String, Object> p = new LinkedHashMap<>(mine.params());
        p.put("id", id);
        record Row(Detail detail, UUID worker) {
        }
        Row row = jdbc.sql("select n.id, n.subject_kind, n.recipient_kind, n.title_fr, n.title_en, n.created_at, "
                        + isRead() + ", n.payload::text, n.worker_id from surveillance.notification n where n.id = :id and "
                        + mine.sql()).params(p)
                .query((rs, i) -> new Row(new Detail(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getBoolean(7),
                        payload(rs.getString(8))), rs.getObject(9, UUID.class)))
                .optional().orElseThrow(Inbox::notFound);
        if (row.worker() != null) {
            journal.record(JournalEntry.of(actor, row.worker(), DataKind.ALERT, JournalAction.READ,
                    Purposes.of(actor.kind()), Outcome.ALLOWED, resource));
        }
        return row.detail();
    }

    /** The limit alert one of the caller's notifications is about, if it is about one (ids only: not journaled). */
    @Transactional(readOnly = true)
    public Optional<UUID> alertOf(Actor actor, UUID id) {
        Optional<Recipient> r = Recipient.of(actor);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        Mine mine = mine(actor, r.get());
        Map<String, Object> p = new LinkedHashMap<>(mine.params());
        p.put("id", id);
        return jdbc.sql("select n.subject_id from surveillance.notification n where n.id = :id"
                        + " and n.subject_kind in ('LIMIT_ALERT', 'ALERT_STEP') and " + mine.sql())
                .params(p).query(UUID.class).optional();
    }

    /** Marks one of the caller's notifications read by the caller (idempotent, appended). */
    @Transactional
    public void markRead(Actor actor, UUID id) {
        Recipient r = Recipient.of(actor).orElseThrow(Inbox::notFound);
        Mine mine = mine(actor, r);
        Map<String, Object> p = new LinkedHashMap<>(mine.params());
        p.put("id", id);
        int n = jdbc.sql("insert into surveillance.notification_read (notification_id, reader_subject, read_at)"
                + " select n.id, :rcp_reader, now() from surveillance.notification n where n.id = :id and "
                + mine.sql() + " on conflict do nothing").params(p).update();
        if (n == 0 && !jdbc.sql("select exists (select 1 from surveillance.notification n where n.id = :id and "
                + mine.sql() + ")").params(p).query(Boolean.class).single()) {
            throw notFound();
        }
    }

    private static String isRead() {
        return "exists (select 1 from surveillance.notification_read nr where nr.notification_id = n.id"
                + " and nr.reader_subject = :rcp_reader)";
    }

    /** SQL: the notification under {@code n} is the caller's, and it may still read about its worker. */
    private record Mine(String sql, Map<String, Object> params) {
    }

    private Mine mine(Actor actor, Recipient r) {
        Map<String, Object> p = new LinkedHashMap<>(Map.of("rcp_kind", r.kind(), "rcp_key", r.key(), "rcp_reader",
                actor.subject()));
        DataKind kind = switch (r.kind()) {
            case "OCCUPATIONAL_PHYSICIAN", "RADIATION_PROTECTION_ADVISER" -> DataKind.ALERT; // identity and values
            case "EMPLOYER" -> DataKind.ADMINISTRATIVE; // identity only
            default -> null; // the central administration's version is anonymous
        };
        if (kind == null) {
            return new Mine(Recipient.sql("n"), p);
        }
        SqlFilter access = policy.workersVisibleTo(actor, kind, policy.today(), "n.worker_id");
        p.putAll(access.params());
        return new Mine("(" + Recipient.sql("n") + " and (n.worker_id is null or " + access.sql() + "))", p);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> payload(String text) {
        return json.readValue(text, LinkedHashMap.class);
    }

    static ApiProblem notFound() {
        return ApiProblem.notFound("Notification introuvable.", "Notification not found.");
    }
}
