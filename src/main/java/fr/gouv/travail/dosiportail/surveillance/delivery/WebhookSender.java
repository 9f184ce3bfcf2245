package fr.gouv.travail.dosiportail.surveillance.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs the due webhook deliveries, one per transaction (claimed with {@code FOR UPDATE SKIP LOCKED}), signed
 * ({@link Signature}); a non-2xx answer or a timeout is logged and retried with {@link Backoff}; after
 * {@code webhookMaxConsecutiveFailures} failures in a row the endpoint is disabled. Redirects are not followed.
 */
@Component
public class WebhookSender {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final DeliverySettings settings;
    private final HttpClient http;

    WebhookSender(JdbcClient jdbc, TransactionTemplate tx, DeliverySettings settings) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.settings = settings;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.webhookTimeout()).build();
    }

    private record Row(long id, UUID webhookId, String url, String secret, int attempts, Instant createdAt,
                       String body) {
    }

    /** Calls up to {@code max} due endpoints at {@code now}; returns how many answered 2xx. */
    public int sendDue(Instant now, int max) {
        int delivered = 0;
        for (int i = 0; i < max; i++) {
            Optional<Boolean> r = tx.execute(s -> sendOne(now));
            if (r == null || r.isEmpty()) {
                break;
            }
            delivered += r.get() ? 1 : 0;
        }
        return delivered;
    }

    private Optional<Boolean> sendOne(Instant now) {
        Optional<Row> claimed = jdbc.sql("""
                select d.id, w.id, w.url, w.secret, d.attempts, d.created_at, n.id, n.subject_kind, n.recipient_kind,
                       n.title_fr, n.title_en, n.created_at, n.payload::text
                  from surveillance.webhook_delivery d
                  join surveillance.webhook w on w.id = d.webhook_id and w.disabled_at is null
                  join surveillance.notification n on n.id = d.notification_id
                 where d.status = 'PENDING' and d.next_attempt_at <= :now
                 order by d.next_attempt_at, d.id limit 1
                   for update of d, w skip locked""").param("now", Timestamp.from(now))
                .query((rs, i) -> new Row(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getTimestamp(6).toInstant(), body(rs.getObject(7, UUID.class), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getTimestamp(12).toInstant(),
                        rs.getString(13)))).optional();
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        Row row = claimed.get();
        long start = System.nanoTime();
        Integer status = null;
        String error = null;
        Optional<String> refusal = UrlGuard.refusal(row.url(), settings.webhookAllowPrivateAddresses());
        if (refusal.isPresent()) {
            error = "refused: " + refusal.get();
        } else {
            String timestamp = Long.toString(now.getEpochSecond());
            HttpRequest request = HttpRequest.newBuilder(URI.create(row.url())).timeout(settings.webhookTimeout())
                    .header("Content-Type", "application/json")
                    .header(Signature.TIMESTAMP_HEADER, timestamp)
                    .header(Signature.HEADER, Signature.sign(row.secret(), timestamp, row.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(row.body())).build();
            try {
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (java.io.IOException e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        boolean ok = status != null && status >= 200 && status < 300;
        jdbc.sql("insert into surveillance.webhook_attempt (delivery_id, attempted_at, status_code, error, duration_ms)"
                        + " values (?, ?, ?, ?, ?)")
                .params(row.id(), Timestamp.from(now), status, error, ms).update();
        if (ok) {
            jdbc.sql("update surveillance.webhook_delivery set status = 'DELIVERED', attempts = attempts + 1,"
                    + " delivered_at = ? where id = ?").params(Timestamp.from(now), row.id()).update();
            jdbc.sql("update surveillance.webhook set consecutive_failures = 0 where id = ?").param(row.webhookId())
                    .update();
            return Optional.of(true);
        }
        int failures = row.attempts() + 1;
        Optional<Instant> next = Backoff.of(settings).next(row.createdAt(), failures, now);
        jdbc.sql("update surveillance.webhook_delivery set attempts = ?, status = ?,"
                        + " next_attempt_at = coalesce(cast(? as timestamptz), next_attempt_at) where id = ?")
                .params(failures, next.isPresent() ? "PENDING" : "FAILED", next.map(Timestamp::from).orElse(null),
                        row.id()).update();
        jdbc.sql("update surveillance.webhook set consecutive_failures = consecutive_failures + 1,"
                        + " disabled_at = case when consecutive_failures + 1 >= ? then ? else disabled_at end where id = ?")
                .params(settings.webhookMaxConsecutiveFailures(), Timestamp.from(now), row.webhookId()).update();
        return Optional.of(false);
    }

    /** What is POSTed: the notification as the alert side wrote it (titles and redacted payload), nothing more. */
    private static String body(UUID id, String subjectKind, String recipientKind, String titleFr, String titleEn,
                               Instant createdAt, String payload) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("subjectKind", subjectKind);
        m.put("recipientKind", recipientKind);
        m.put("createdAt", createdAt.toString());
        m.put("titleFr", titleFr);
        m.put("titleEn", titleEn);
        m.put("payload", JsonMapper.shared().readTree(payload));
        return JsonMapper.shared().writeValueAsString(m);
    }
}
