package fr.gouv.travail.dosiportail.surveillance.delivery;

import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the due e-mails of the outbox, one row per transaction: the row is claimed with {@code FOR UPDATE SKIP
 * LOCKED} (another instance skips it), sent, then marked SENT, or given its next attempt by {@link Backoff}, or
 * FAILED past the horizon. Time is the caller's, so the schedule is computed, not slept.
 */
@Component
public class MailOutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(MailOutboxSender.class);
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ObjectProvider<JavaMailSender> mail;
    private final MailComposer composer;
    private final DeliverySettings settings;

    MailOutboxSender(JdbcClient jdbc, TransactionTemplate tx, ObjectProvider<JavaMailSender> mail, MailComposer composer,
               DeliverySettings settings) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.mail = mail;
        this.composer = composer;
        this.settings = settings;
    }

    private record Row(long id, String address, int attempts, Instant createdAt, MailComposer.Source source) {
    }

    /** Sends up to {@code max} e-mails due at {@code now}; returns how many were accepted by the SMTP server. */
    public int sendDue(Instant now, int max) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0; // no SMTP server configured (spring.mail.host): e-mails wait in the outbox
        }
        int sent = 0;
        for (int i = 0; i < max; i++) {
            Optional<Boolean> result = tx.execute(s -> sendOne(sender, now));
            if (result == null || result.isEmpty()) {
                break;
            }
            sent += result.get() ? 1 : 0;
        }
        return sent;
    }

    private Optional<Boolean> sendOne(JavaMailSender sender, Instant now) {
        Optional<Row> claimed = jdbc.sql("""
                select o.id, o.address, o.attempts, o.created_at, n.id, n.subject_kind, n.recipient_kind, n.title_fr,
                       n.payload::text
                  from surveillance.mail_outbox o join surveillance.notification n on n.id = o.notification_id
                 where o.status = 'PENDING' and o.next_attempt_at <= :now
                 order by o.next_attempt_at, o.id limit 1
                   for update of o skip locked""").param("now", Timestamp.from(now))
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getTimestamp(4).toInstant(),
                        new MailComposer.Source(rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7),
                                rs.getString(8), rs.getString(9)))).optional();
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        Row row = claimed.get();
        try {
            MailComposer.Mail m = composer.compose(row.source(), settings.portalUrl());
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(settings.mailFrom());
            helper.setTo(row.address());
            helper.setSubject(m.subject());
            helper.setText(m.body(), false);
            sender.send(message);
            jdbc.sql("update surveillance.mail_outbox set status = 'SENT', attempts = attempts + 1, sent_at = :now,"
                    + " last_error = null where id = :id").param("now", Timestamp.from(now)).param("id", row.id()).update();
            return Optional.of(true);
        } catch (Exception e) {
            int failures = row.attempts() + 1;
            Optional<Instant> next = Backoff.of(settings).next(row.createdAt(), failures, now);
            String error = String.valueOf(e.getMessage());
            LOG.warn("e-mail {} (attempt {}) not sent: {}", row.id(), failures, error);
            jdbc.sql("update surveillance.mail_outbox set attempts = :attempts, last_error = :error,"
                            + " status = :status, next_attempt_at = coalesce(cast(:next as timestamptz), next_attempt_at) where id = :id")
                    .param("attempts", failures).param("error", error.length() > 500 ? error.substring(0, 500) : error)
                    .param("status", next.isPresent() ? "PENDING" : "FAILED")
                    .param("next", next.map(Timestamp::from).orElse(null)).param("id", row.id()).update();
            return Optional.of(false);
        }
    }
}
