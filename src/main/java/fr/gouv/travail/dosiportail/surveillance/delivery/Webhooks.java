package fr.gouv.travail.dosiportail.surveillance.delivery;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Endpoints that actors register for their own systems, and the log of what was delivered to them. */
@Service
public class Webhooks {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, String[]> REFUSALS = Map.of(
            "MALFORMED", new String[] {"Adresse invalide.", "Invalid address."},
            "NOT_HTTPS", new String[] {"L'adresse doit commencer par https://.", "The address must start with https://."},
            "UNKNOWN_HOST", new String[] {"Nom d'hôte inconnu.", "Unknown host name."},
            "PRIVATE_ADDRESS", new String[] {"L'adresse désigne un réseau privé ou local.",
                    "The address points to a private or local network."});

    private final JdbcClient jdbc;
    private final DeliverySettings settings;

    Webhooks(JdbcClient jdbc, DeliverySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The secret appears here only, once. */
    public record Registered(UUID id, String url, String secret, Instant createdAt) {
    }

    public record Endpoint(UUID id, String url, Instant createdAt, int consecutiveFailures, Instant disabledAt) {
    }

    public record Attempt(Instant attemptedAt, Integer statusCode, String error, long durationMs) {
    }

    public record Delivery(long id, UUID notificationId, String status, int attempts, Instant nextAttemptAt,
                           Instant deliveredAt, List<Attempt> log) {
    }

    @Transactional
    public Registered register(Actor actor, String url) {
        Recipient r = recipient(actor);
        UrlGuard.refusal(url, settings.webhookAllowPrivateAddresses()).ifPresent(code -> {
            String[] m = REFUSALS.get(code);
            throw ApiProblem.invalid("url", code, m[0], m[1]);
        });
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        Registered reg = new Registered(UUID.randomUUID(), url.trim(), HexFormat.of().formatHex(secret),
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        jdbc.sql("""
                insert into surveillance.webhook (id, recipient_kind, recipient_key, url, secret, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(reg.id(), r.kind(), r.key(), reg.url(), reg.secret(), actor.subject(),
                        Timestamp.from(reg.createdAt())).update();
        return reg;
    }

    @Transactional(readOnly = true)
    public List<Endpoint> list(Actor actor) {
        Recipient r = recipient(actor);
        return jdbc.sql("select w.id, w.url, w.created_at, w.consecutive_failures, w.disabled_at"
                        + " from surveillance.webhook w where " + Recipient.sql("w") + " order by w.created_at")
                .param("rcp_kind", r.kind()).param("rcp_key", r.key())
                .query((rs, i) -> new Endpoint(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getInt(4), instant(rs.getTimestamp(5)))).list();
    }

    /** The deliveries to one of the caller's endpoints, newest first, each with its attempts (404 otherwise). */
    @Transactional(readOnly = true)
    public List<Delivery> deliveries(Actor actor, UUID webhookId, int limit) {
        Recipient r = recipient(actor);
        boolean own = jdbc.sql("select exists (select 1 from surveillance.webhook w where w.id = :id and "
                        + Recipient.sql("w") + ")").param("id", webhookId).param("rcp_kind", r.kind())
                .param("rcp_key", r.key()).query(Boolean.class).single();
        if (!own) {
            throw ApiProblem.notFound("Point de réception introuvable.", "Webhook not found.");
        }
        return jdbc.sql("""
                        select d.id, d.notification_id, d.status, d.attempts, d.next_attempt_at, d.delivered_at
                          from surveillance.webhook_delivery d where d.webhook_id = ? order by d.id desc limit ?""")
                .params(webhookId, limit)
                .query((rs, i) -> new Delivery(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getInt(4), rs.getTimestamp(5).toInstant(), instant(rs.getTimestamp(6)), null)).list()
                .stream().map(d -> new Delivery(d.id(), d.notificationId(), d.status(), d.attempts(),
                        d.nextAttemptAt(), d.deliveredAt(), attempts(d.id()))).toList();
    }

    private List<Attempt> attempts(long deliveryId) {
        return jdbc.sql("select attempted_at, status_code, error, duration_ms from surveillance.webhook_attempt"
                        + " where delivery_id = ? order by id").param(deliveryId)
                .query((rs, i) -> new Attempt(rs.getTimestamp(1).toInstant(), (Integer) rs.getObject(2),
                        rs.getString(3), rs.getLong(4))).list();
    }

    private static Recipient recipient(Actor actor) {
        return Recipient.of(actor).orElseThrow(() -> ApiProblem.forbidden(
                "Votre profil ne reçoit pas de notifications.", "Your profile receives no notifications."));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
