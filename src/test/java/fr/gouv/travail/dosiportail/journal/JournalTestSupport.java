package fr.gouv.travail.dosiportail.journal;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Shared helpers: an actor, entries, and tampering with the journal as its owner would (triggers disabled). */
final class JournalTestSupport {

    static final Actor OPERATOR = new Actor(ActorKind.OPERATOR, "journal-test-operator", "Opératrice du test",
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    private JournalTestSupport() {
    }

    static JournalEntry readBy(Actor actor, UUID workerId) {
        return JournalEntry.of(actor, workerId, DataKind.ADMINISTRATIVE, JournalAction.READ, "Contrôle du test",
                Outcome.ALLOWED, "GET /test");
    }

    static long lastId(JdbcClient jdbc) {
        return jdbc.sql("select last_id from journal.chain_head").query(Long.class).single();
    }

    /** Runs a change the triggers would refuse, as the table owner does when it disables them. */
    static void asOwnerWithoutTriggers(JdbcClient jdbc, String sql, Object... params) {
        jdbc.sql("alter table journal.entry disable trigger user").update();
        try {
            jdbc.sql(sql).params(params).update();
        } finally {
            jdbc.sql("alter table journal.entry enable trigger user").update();
        }
    }

    static Map<String, Object> row(JdbcClient jdbc, long id) {
        return jdbc.sql("select * from journal.entry where id = ?").param(id).query().singleRow();
    }

    /** Puts back a row removed by a test, exactly as it was. */
    static void restore(JdbcClient jdbc, Map<String, Object> r) {
        asOwnerWithoutTriggers(jdbc, """
                        insert into journal.entry (id, occurred_at, actor_kind, actor_subject, actor_display_name,
                            on_behalf_of, worker_id, data_kind, action, purpose, outcome, resource, previous_hash, hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                r.get("id"), r.get("occurred_at"), r.get("actor_kind"), r.get("actor_subject"),
                r.get("actor_display_name"), r.get("on_behalf_of"), r.get("worker_id"), r.get("data_kind"),
                r.get("action"), r.get("purpose"), r.get("outcome"), r.get("resource"), r.get("previous_hash"),
                r.get("hash"));
    }
}
