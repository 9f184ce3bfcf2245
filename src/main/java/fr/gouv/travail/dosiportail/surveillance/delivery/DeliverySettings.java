package fr.gouv.travail.dosiportail.surveillance.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery of notifications (docs/notifications.md).
 *
 * @param ministryEmail where the DGT's anonymous alerts are mailed (none: inbox only)
 * @param dsndEmail where the DSND's anonymous alerts are mailed (defence establishments)
 * @param mailFrom sender address of the e-mails
 * @param portalUrl base address of the portal, for the links in e-mails
 * @param senderEnabled whether the scheduled senders run (tests drive them by hand with their own clock)
 * @param pollInterval how often the senders look for due messages
 * @param firstRetry delay before the second attempt; it doubles at each failure
 * @param maxRetryDelay the longest delay between two attempts
 * @param giveUpAfter how long after its creation a message is still retried before it is marked FAILED
 * @param webhookTimeout connect and read timeout of a webhook call
 * @param webhookMaxConsecutiveFailures failed attempts in a row after which an endpoint is disabled
 * @param webhookAllowPrivateAddresses whether endpoints may resolve to loopback or private addresses (tests only)
 */
@ConfigurationProperties("dosiportail.notifications")
public record DeliverySettings(
        String ministryEmail,
        String dsndEmail,
        @DefaultValue("ne-pas-repondre@dosiportail.travail.gouv.fr") String mailFrom,
        @DefaultValue("http://127.0.0.1:8080") String portalUrl,
        @DefaultValue("true") boolean senderEnabled,
        @DefaultValue("10s") Duration pollInterval,
        @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetryDelay,
        @DefaultValue("72h") Duration giveUpAfter,
        @DefaultValue("10s") Duration webhookTimeout,
        @DefaultValue("20") int webhookMaxConsecutiveFailures,
        @DefaultValue("false") boolean webhookAllowPrivateAddresses) {
}
