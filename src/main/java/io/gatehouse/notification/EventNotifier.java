package io.gatehouse.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.gatehouse.cluster.ClusterService;
import io.gatehouse.monitoring.EventClosed;
import io.gatehouse.monitoring.EventOpened;
import io.gatehouse.monitoring.MonitoringEvent;
import io.gatehouse.shared.GatehouseSettings;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queues notifications in the transaction that opened or closed the event (a plain, synchronous listener: the
 * delivery rows commit or roll back with the event). The worker sends them after commit.
 */
@Component
class EventNotifier {

    private final PreferencesRepository preferences;
    private final DeliveryRepository deliveries;
    private final ClusterService clusters;
    private final GatehouseSettings settings;
    private final DeliveryWorker worker;
    private final JsonMapper json;
    private final Clock clock;

    EventNotifier(PreferencesRepository preferences, DeliveryRepository deliveries, ClusterService clusters,
            GatehouseSettings settings, DeliveryWorker worker, JsonMapper json, Clock clock) {
        this.preferences = preferences;
        this.deliveries = deliveries;
        this.clusters = clusters;
        this.settings = settings;
        this.worker = worker;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void opened(EventOpened opened) {
        MonitoringEvent event = opened.event();
        Map<UUID, Integer> delays = matchingConnectors(event);
        if (delays.isEmpty()) {
            return;
        }
        String payload = payload(event, "opened");
        Instant now = clock.instant();
        delays.forEach((connector, minutes) -> deliveries.insert(event.organization(), connector, event.id(),
                "opened", payload, now, now.plus(Duration.ofMinutes(minutes))));
        wakeAfterCommit();
    }

    /** A closing cancels an opening still waiting for its delay (nobody needs to hear of a flap); else it is sent. */
    @EventListener
    void closed(EventClosed closed) {
        MonitoringEvent event = closed.event();
        Map<UUID, Integer> delays = matchingConnectors(event);
        if (delays.isEmpty()) {
            return;
        }
        String payload = payload(event, "closed");
        Instant now = clock.instant();
        for (UUID connector : delays.keySet()) {
            var waiting = deliveries.queuedOpening(event.organization(), event.id(), connector);
            if (waiting.isPresent() && delays.get(connector) > 0) {
                deliveries.skip(event.organization(), waiting.get(), "the event closed before the delay ran out");
            } else {
                deliveries.insert(event.organization(), connector, event.id(), "closed", payload, now, now);
            }
        }
        wakeAfterCommit();
    }

    /** Connector id → the shortest delay of its filters that match the event. */
    private Map<UUID, Integer> matchingConnectors(MonitoringEvent event) {
        Map<UUID, Integer> delays = new LinkedHashMap<>();
        for (NotificationFilter filter : preferences.filters(event.organization())) {
            if (filter.matches(event)) {
                delays.merge(filter.connectorId(), filter.delayMinutes(), Math::min);
            }
        }
        return delays;
    }

    private String payload(MonitoringEvent event, String transition) {
        String name = clusters.get(event.organization(), event.cluster()).name();
        String link = settings.link("/clusters/" + event.cluster() + "/events/" + event.id());
        return json.writeValueAsString(NotificationPayload.of(event, transition, name, link));
    }

    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.wake();
                }
            });
        }
    }
}
