package fr.gouv.travail.dosiportail.surveillance.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** For the operator: e-mails and webhook calls given up (FAILED) or still waiting (PENDING). No content. */
@Service
public class Outboxes {

    private final JdbcClient jdbc;

    Outboxes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Stuck(String channel, long id, UUID notificationId, String target, String status, int attempts,
                        Instant nextAttemptAt, String lastError) {
    }

    public List<Stuck> list(String status, int limit) {
        return jdbc.sql("""
                select * from (
                  select 'EMAIL' as channel, o.id, o.notification_id, o.address as target, o.status, o.attempts,
                         o.next_attempt_at, o.last_error
                    from surveillance.mail_outbox o where o.status = :status
                  union all
                  select 'WEBHOOK', d.id, d.notification_id, w.url, d.status, d.attempts, d.next_attempt_at,
                         (select coalesce(a.error, 'HTTP ' || a.status_code) from surveillance.webhook_attempt a
                           where a.delivery_id = d.id order by a.id desc limit 1)
                    from surveillance.webhook_delivery d join surveillance.webhook w on w.id = d.webhook_id
                   where d.status = :status) s
                order by next_attempt_at limit :limit""").param("status", status).param("limit", limit)
                .query((rs, i) -> new Stuck(rs.getString(1), rs.getLong(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getString(5), rs.getInt(6), rs.getTimestamp(7).toInstant(),
                        rs.getString(8))).list();
    }
}
