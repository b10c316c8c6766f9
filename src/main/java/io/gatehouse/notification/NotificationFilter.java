package io.gatehouse.notification;

import java.util.List;
import java.util.UUID;

import io.gatehouse.monitoring.EventType;
import io.gatehouse.monitoring.MonitoringEvent;
import io.gatehouse.monitoring.Severity;
import io.gatehouse.shared.ClusterId;
import org.jspecify.annotations.Nullable;

/**
 * Which events a connector gets: of these clusters and types (null: all), at least this severity; the opening is
 * sent {@code delayMinutes} after it happened, and not at all when the event closed meanwhile.
 */
public record NotificationFilter(UUID connectorId, @Nullable List<ClusterId> clusterIds,
        @Nullable List<EventType> eventTypes, Severity minSeverity, int delayMinutes) {

    public NotificationFilter {
        clusterIds = clusterIds == null ? null : List.copyOf(clusterIds);
        eventTypes = eventTypes == null ? null : List.copyOf(eventTypes);
    }

    boolean matches(MonitoringEvent event) {
        return (clusterIds == null || clusterIds.contains(event.cluster()))
                && (eventTypes == null || eventTypes.contains(event.type()))
                && event.severity().atLeast(minSeverity);
    }
}
