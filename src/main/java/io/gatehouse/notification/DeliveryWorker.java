package io.gatehouse.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gatehouse.mail.MailOutbox;
import io.gatehouse.notification.DeliveryRepository.Due;
import io.gatehouse.shared.BackgroundWorker;
import io.gatehouse.shared.OrganizationId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Works off due notifications after commit: claims a batch under a lease, hands emails to the mail outbox (in the
 * transaction that marks the delivery done, so an email is queued exactly once) and calls webhooks, retrying
 * failed calls with backoff. Woken after each commit that queued something; otherwise it polls.
 */
@Component
class DeliveryWorker extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryRepository deliveries;
    private final PreferencesRepository preferences;
    private final MailOutbox mail;
    private final WebhookSender webhooks;
    private final TransactionTemplate transactions;
    private final NotificationSettings settings;
    private final JsonMapper json;
    private final Clock clock;

    DeliveryWorker(DeliveryRepository deliveries, PreferencesRepository preferences, MailOutbox mail,
            WebhookSender webhooks, TransactionTemplate transactions, NotificationSettings settings, JsonMapper json,
            Clock clock) {
        super("notification-delivery", settings.pollInterval(), settings.batchSize());
        this.deliveries = deliveries;
        this.preferences = preferences;
        this.mail = mail;
        this.webhooks = webhooks;
        this.transactions = transactions;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /** Delivers one batch of due notifications; returns how many were attempted. */
    @Override
    protected int deliverDue() {
        Instant now = clock.instant();
        List<Due> batch = transactions.execute(
                tx -> deliveries.claimDue(now, settings.batchSize(), now.plus(settings.lease())));
        if (batch == null || batch.isEmpty()) {
            return 0;
        }
        Map<OrganizationId, Map<UUID, Connector>> connectors = new HashMap<>();
        for (Due due : batch) {
            Connector connector = connectors
                    .computeIfAbsent(due.organization(), org -> PreferencesRepository.byId(preferences.connectors(org)))
                    .get(due.connectorId());
            if (connector != null) {
                deliver(due, connector);
            }
        }
        return batch.size();
    }

    private void deliver(Due due, Connector connector) {
        if (connector.type().equals(Connector.EMAIL)) {
            transactions.executeWithoutResult(tx -> {
                if (deliveries.markDelivered(due.id(), clock.instant())) {
                    mail.enqueueAll(NotificationMail.of(connector.recipients(), json.readTree(due.payload())));
                }
            });
            return;
        }
        String error = connector.url() == null || connector.secret() == null ? "connector has no URL or secret"
                : webhooks.send(connector.url(), connector.secret(), due.id(), due.transition(), due.payload());
        if (error == null) {
            deliveries.markDelivered(due.id(), clock.instant());
            return;
        }
        int attempts = due.attempts() + 1;
        boolean giveUp = attempts >= settings.maxAttempts();
        Instant next = clock.instant().plus(settings.backoff(attempts));
        // The host only: a webhook URL's path often is its credential (Slack, Teams), and logs travel further.
        log.warn("Webhook delivery {} to connector {} on {} failed (attempt {}{}): {}", due.id(), connector.id(),
                hostOf(connector.url()), attempts, giveUp ? ", giving up" : ", retrying at " + next, error);
        deliveries.markFailed(due.id(), giveUp, next, error);
    }

    private static String hostOf(@Nullable String url) {
        try {
            return url == null ? "no URL" : String.valueOf(java.net.URI.create(url).getHost());
        } catch (IllegalArgumentException e) {
            return "an invalid URL";
        }
    }
}
