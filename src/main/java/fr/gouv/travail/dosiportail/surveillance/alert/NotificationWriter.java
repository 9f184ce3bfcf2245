package fr.gouv.travail.dosiportail.surveillance.alert;

import fr.gouv.travail.dosiportail.surveillance.NotificationIssued;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores redacted notifications (one row per recipient; a row already written for the same subject, recipient and
 * step is skipped) and publishes {@link NotificationIssued} in the same transaction. Never sends anything.
 */
@Component
class NotificationWriter {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final JsonMapper json = JsonMapper.shared();

    NotificationWriter(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Writes the rows; returns the ids written (not yet published). */
    List<UUID> write(String subjectKind, UUID subjectId, List<Content> contents, Instant at) {
        List<UUID> ids = new ArrayList<>();
        for (Content c : contents) {
            UUID id = UUID.randomUUID();
            int n = jdbc.sql("""
                    insert into surveillance.notification (id, subject_kind, subject_id, recipient_kind, recipient_key,
                        worker_id, title_fr, title_en, payload, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?) on conflict do nothing""")
                    .params(id, subjectKind, subjectId, c.kind().name(), c.key(), c.workerId(), c.titleFr(),
                            c.titleEn(), json.writeValueAsString(c.payload()), Timestamp.from(at))
                    .update();
            if (n == 1) {
                ids.add(id);
            }
        }
        return ids;
    }

    void publish(List<UUID> ids) {
        if (!ids.isEmpty()) {
            events.publishEvent(new NotificationIssued(ids));
        }
    }
}
