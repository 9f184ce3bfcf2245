package fr.gouv.travail.dosiportail.surveillance.delivery;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the senders every {@code poll-interval} (disabled in tests that drive them with their own time). */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "dosiportail.notifications.sender-enabled", havingValue = "true", matchIfMissing = true)
class DeliveryScheduler {

    private static final int BATCH = 200;
    private final MailOutboxSender mail;
    private final WebhookSender webhooks;
    private final Clock clock;

    DeliveryScheduler(MailOutboxSender mail, WebhookSender webhooks, ObjectProvider<Clock> clock) {
        this.mail = mail;
        this.webhooks = webhooks;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Scheduled(fixedDelayString = "${dosiportail.notifications.poll-interval:10s}", initialDelayString = "5s")
    void run() {
        mail.sendDue(clock.instant(), BATCH);
        webhooks.sendDue(clock.instant(), BATCH);
    }
}
