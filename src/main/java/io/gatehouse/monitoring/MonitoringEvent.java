package io.gatehouse.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.OrganizationId;
import org.jspecify.annotations.Nullable;

/** An event of a cluster: open from {@code openedAt} until the rule stops seeing its condition ({@code closedAt}). */
public record MonitoringEvent(UUID id, OrganizationId organization, ClusterId cluster, EventType type,
        String nodeKey, Severity severity, String title, String details, String recommendations, List<String> nodes,
        Instant openedAt, @Nullable Instant closedAt) {

    public MonitoringEvent {
        nodes = List.copyOf(nodes);
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public String status() {
        return isOpen() ? "open" : "closed";
    }

    MonitoringEvent closed(Instant at) {
        return new MonitoringEvent(id, organization, cluster, type, nodeKey, severity, title, details, recommendations,
                nodes, openedAt, at);
    }
}
