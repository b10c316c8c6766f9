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

    /**
     * This filter once {@code cluster} is gone: without it in its list, or none at all when it named only that
     * cluster (an empty list would read as "all clusters").
     */
    java.util.Optional<NotificationFilter> withoutCluster(ClusterId cluster) {
        if (clusterIds == null || !clusterIds.contains(cluster)) {
            return java.util.Optional.of(this);
        }
        List<ClusterId> left = clusterIds.stream().filter(id -> !id.equals(cluster)).toList();
        return left.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new NotificationFilter(connectorId, left, eventTypes, minSeverity, delayMinutes));
    }

    /** This filter as far as it concerns the clusters {@code sees} accepts; none when it names none of them. */
    java.util.Optional<NotificationFilter> within(java.util.function.Predicate<ClusterId> sees) {
        if (clusterIds == null) {
            return java.util.Optional.of(this);
        }
        List<ClusterId> seen = clusterIds.stream().filter(sees).toList();
        return seen.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new NotificationFilter(connectorId, seen, eventTypes, minSeverity, delayMinutes));
    }

    boolean matches(MonitoringEvent event) {
        return (clusterIds == null || clusterIds.contains(event.cluster()))
                && (eventTypes == null || eventTypes.contains(event.type()))
                && event.severity().atLeast(minSeverity);
    }
}
