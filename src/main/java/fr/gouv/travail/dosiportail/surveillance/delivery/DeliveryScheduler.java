package fr.gouv.travail.dosiportail.surveillance.delivery;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the senders every {@code poll-interval} on one thread of its own (no application-wide {@code
 * @EnableScheduling}, which would also start other libraries' scheduled tasks). Disabled in tests that drive the
 * senders with their own time.
 */
@Component
@ConditionalOnProperty(name = "dosiportail.notifications.sender-enabled", havingValue = "true", matchIfMissing = true)
class DeliveryScheduler implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryScheduler.class);
    private static final int BATCH = 200;
    private final MailOutboxSender mail;
    private final WebhookSender webhooks;
    private final DeliverySettings settings;
    private final Clock clock;
    private ScheduledExecutorService executor;

    DeliveryScheduler(MailOutboxSender mail, WebhookSender webhooks, DeliverySettings settings,
                      ObjectProvider<Clock> clock) {
        this.mail = mail;
        this.webhooks = webhooks;
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    void run() {
        try {
            mail.sendDue(clock.instant(), BATCH);
            webhooks.sendDue(clock.instant(), BATCH);
        } catch (RuntimeException e) {
            LOG.warn("notification delivery round failed, retried at the next round", e);
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "notification-delivery");
            t.setDaemon(true);
            return t;
        });
        long every = settings.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::run, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
