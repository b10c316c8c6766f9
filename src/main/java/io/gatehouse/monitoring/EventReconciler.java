package io.gatehouse.monitoring;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gatehouse.cluster.AgentIdentity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the rules' findings into events: a finding without an open event opens one, an open event without a
 * finding closes (at the report's time). Openings and closings are published in the same transaction.
 */
@Component
class EventReconciler {

    private final EventRepository events;
    private final ApplicationEventPublisher publisher;

    EventReconciler(EventRepository events, ApplicationEventPublisher publisher) {
        this.events = events;
        this.publisher = publisher;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void reconcile(AgentIdentity agent, Instant at, List<Finding> findings) {
        Map<Finding.Key, MonitoringEvent> open = new HashMap<>();
        for (MonitoringEvent event : events.open(agent.organization(), agent.cluster())) {
            open.put(new Finding.Key(event.type(), event.nodeKey()), event);
        }
        for (Finding finding : findings) {
            if (open.remove(finding.key()) == null) {
                MonitoringEvent opened = new MonitoringEvent(UUID.randomUUID(), agent.organization(), agent.cluster(),
                        finding.type(), finding.nodeKey(), finding.severity(), finding.title(), finding.details(),
                        finding.recommendations(), finding.nodes(), at, null);
                events.insert(opened);
                publisher.publishEvent(new EventOpened(opened));
            }
        }
        for (MonitoringEvent stale : open.values()) {
            events.close(stale, at);
            publisher.publishEvent(new EventClosed(stale.closed(at)));
        }
    }
}
