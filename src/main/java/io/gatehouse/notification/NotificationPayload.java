package io.gatehouse.notification;

import java.time.Instant;
import java.util.List;

import io.gatehouse.monitoring.MonitoringEvent;
import org.jspecify.annotations.Nullable;

/**
 * The body of a webhook call, and what an email says: the event at the moment of the transition. Rendered once,
 * when the delivery is queued, so that a retry sends exactly the same bytes (and the same signature).
 */
record NotificationPayload(String transition, String clusterId, String clusterName,
        String eventId, String eventType, String title, String severity, String status, Instant openedAt,
        @Nullable Instant closedAt, List<String> nodes, String details, String recommendations, String link) {

    static NotificationPayload of(MonitoringEvent event, String transition, String clusterName, String link) {
        return new NotificationPayload(transition, event.cluster().toString(), clusterName,
                event.id().toString(), event.type().apiName(), event.title(), event.severity().apiName(),
                event.status(), event.openedAt(), event.closedAt(), event.nodes(), event.details(),
                event.recommendations(), link);
    }
}
