package fr.gouv.travail.dosiportail.surveillance.delivery;

import fr.gouv.travail.dosiportail.surveillance.NotificationIssued;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns issued notifications into durable work: one outbox row per notification and e-mail address, one delivery
 * per notification and active webhook of its recipient. The event itself is kept by the event publication log
 * until this listener completes, so a crash between the alert's commit and this step loses nothing; both inserts
 * are idempotent (a republished event adds nothing).
 */
@Component
public class Dispatch {

    private final JdbcClient jdbc;
    private final DeliverySettings settings;
    private final Clock clock;

    Dispatch(JdbcClient jdbc, DeliverySettings settings, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @ApplicationModuleListener
    void on(NotificationIssued event) {
        enqueue(event.notificationIds(), clock.instant());
    }

    /** Queues the e-mails and webhook calls of these notifications, due at {@code now}. */
    @Transactional
    public void enqueue(List<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(now);
        jdbc.sql("""
                insert into surveillance.mail_outbox (notification_id, address, next_attempt_at, created_at)
                select n.id, a.address, :at, :at from surveillance.notification n cross join lateral (
                    select :ministry as address where n.recipient_kind = 'MINISTRY' and :ministry <> ''
                    union select :dsnd where n.recipient_kind = 'DEFENCE_INSPECTORATE' and :dsnd <> ''
                    union select lower(n.recipient_key) where n.recipient_kind = 'RADIATION_PROTECTION_ADVISER'
                    union select lower(d.email) from registry.designation d
                     where n.recipient_kind = 'OCCUPATIONAL_PHYSICIAN' and d.role = 'OCCUPATIONAL_PHYSICIAN'
                       and d.rpps = n.recipient_key and d.email is not null
                       and d.valid_from <= current_date and (d.valid_to is null or d.valid_to >= current_date)
                    -- the company has no contact address: the head of each establishment where the worker is employed
                    union select lower(x.head_email) from registry.establishment x
                      join registry.company c on c.id = x.company_id
                     where n.recipient_kind = 'EMPLOYER' and c.siren = n.recipient_key and x.head_email is not null
                       and x.closed_on is null
                       and (n.worker_id is null or exists (select 1 from registry.employment m
                            where m.establishment_id = x.id and m.worker_id = n.worker_id and m.start_date <= current_date
                              and (m.end_date is null or m.end_date >= current_date)))
                ) a
                where n.id in (:ids)
                on conflict do nothing""")
                .param("at", at).param("ids", ids)
                .param("ministry", blankToEmpty(settings.ministryEmail()))
                .param("dsnd", blankToEmpty(settings.dsndEmail()))
                .update();
        jdbc.sql("""
                insert into surveillance.webhook_delivery (webhook_id, notification_id, next_attempt_at, created_at)
                select w.id, n.id, :at, :at from surveillance.notification n
                  join surveillance.webhook w on w.recipient_kind = n.recipient_kind
                   and lower(w.recipient_key) = lower(n.recipient_key) and w.disabled_at is null
                 where n.id in (:ids)
                on conflict do nothing""")
                .param("at", at).param("ids", ids).update();
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.trim();
    }
}
