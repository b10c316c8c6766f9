package io.gatehouse.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import io.gatehouse.mail.MailOutbox;
import io.gatehouse.notification.DeliveryRepository.Due;
import io.gatehouse.shared.OrganizationId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Works off due notifications after commit: claims a batch under a lease, hands emails to the mail outbox (in the
 * transaction that marks the delivery done, so an email is queued exactly once) and calls webhooks, retrying
 * failed calls with backoff. Woken after each commit that queued something; otherwise it polls.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryRepository deliveries;
    private final PreferencesRepository preferences;
    private final MailOutbox mail;
    private final WebhookSender webhooks;
    private final TransactionTemplate transactions;
    private final NotificationSettings settings;
    private final JsonMapper json;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signal = lock.newCondition();
    private boolean woken;
    private volatile boolean running;
    private @Nullable Thread thread;

    DeliveryWorker(DeliveryRepository deliveries, PreferencesRepository preferences, MailOutbox mail,
            WebhookSender webhooks, TransactionTemplate transactions, NotificationSettings settings, JsonMapper json,
            Clock clock) {
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
    int deliverDue() {
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
        log.warn("Webhook delivery {} to {} failed (attempt {}{}): {}", due.id(), connector.url(), attempts,
                giveUp ? ", giving up" : ", retrying at " + next, error);
        deliveries.markFailed(due.id(), giveUp, next, error);
    }

    void wake() {
        lock.lock();
        try {
            woken = true;
            signal.signal();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        while (running) {
            try {
                if (deliverDue() >= settings.batchSize()) {
                    continue;
                }
            } catch (RuntimeException e) {
                log.error("Notification delivery round failed; will try again", e);
            }
            lock.lock();
            try {
                if (!woken && running) {
                    signal.await(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                }
                woken = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } finally {
                lock.unlock();
            }
        }
    }

    @Override
    public void start() {
        running = true;
        Thread worker = new Thread(this::loop, "notification-delivery");
        worker.setDaemon(true);
        thread = worker;
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread worker = thread;
        if (worker != null) {
            wake();
            try {
                worker.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
