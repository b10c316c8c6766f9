package io.gatehouse.api;

import java.time.Instant;
import java.util.List;

import io.gatehouse.web.Caller;
import io.gatehouse.web.RequiresPermission;
import io.gatehouse.access.Permission;
import io.gatehouse.monitoring.EventType;
import io.gatehouse.notification.Connector;
import io.gatehouse.notification.Delivery;
import io.gatehouse.notification.DeliveryLog;
import io.gatehouse.notification.NotificationFilter;
import io.gatehouse.notification.NotificationPreferences;
import io.gatehouse.notification.NotificationPreferencesService;
import io.gatehouse.notification.PreferencesRequest;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.Page;
import io.gatehouse.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organizations/{organization_id}/notifications")
class NotificationApiController {

    /** {@code secret} appears only in the answer to the PUT that created the webhook connector. */
    record ConnectorJson(String id, String type, String name, @Nullable List<String> recipients, @Nullable String url,
            @Nullable String secret) {
    }

    record FilterJson(String connectorId, @Nullable List<String> clusterIds, @Nullable List<String> eventTypes,
            String minSeverity, int delayMinutes) {

        static FilterJson of(NotificationFilter f) {
            return new FilterJson(f.connectorId().toString(),
                    f.clusterIds() == null ? null : f.clusterIds().stream().map(ClusterId::toString).toList(),
                    f.eventTypes() == null ? null : f.eventTypes().stream().map(EventType::apiName).toList(),
                    f.minSeverity().apiName(), f.delayMinutes());
        }
    }

    record PreferencesJson(List<ConnectorJson> connectors, List<FilterJson> filters) {

        static PreferencesJson of(NotificationPreferences p) {
            return new PreferencesJson(p.connectors().stream().map(c -> new ConnectorJson(c.id().toString(), c.type(),
                    c.name(), c.type().equals(Connector.EMAIL) ? c.recipients() : null, c.url(),
                    p.newSecrets().get(c.id()))).toList(), p.filters().stream().map(FilterJson::of).toList());
        }
    }

    record DeliveryJson(String id, String connectorId, String eventId, String transition, String status, int attempts,
            @Nullable String lastError, Instant createdAt, @Nullable Instant nextAttemptAt,
            @Nullable Instant deliveredAt) {

        static DeliveryJson of(Delivery d) {
            return new DeliveryJson(d.id().toString(), d.connectorId().toString(), d.eventId().toString(),
                    d.transition(), d.status(), d.attempts(), d.lastError(), d.createdAt(),
                    d.status().equals("queued") ? d.nextAttemptAt() : null, d.deliveredAt());
        }
    }

    record DeliveryList(List<DeliveryJson> deliveries, @Nullable String nextCursor) {
    }

    private final NotificationPreferencesService preferences;
    private final DeliveryLog deliveries;

    NotificationApiController(NotificationPreferencesService preferences, DeliveryLog deliveries) {
        this.preferences = preferences;
        this.deliveries = deliveries;
    }

    @RequiresPermission(Permission.VIEW_NOTIFICATIONS)
    @GetMapping
    PreferencesJson get(Caller caller) {
        NotificationPreferences current = preferences.get(caller.organization());
        boolean mayEdit = caller.access().decide(Permission.EDIT_NOTIFICATIONS, null).allowed();
        return PreferencesJson.of(mayEdit ? current
                : current.seenBy(cluster -> caller.access().may(Permission.VIEW_CLUSTER, cluster)));
    }

    @RequiresPermission(Permission.EDIT_NOTIFICATIONS)
    @PutMapping
    PreferencesJson replace(Caller caller, @RequestBody PreferencesRequest request) {
        return PreferencesJson.of(preferences.replace(caller.organization(), request));
    }

    @RequiresPermission(Permission.VIEW_NOTIFICATIONS)
    @GetMapping("/deliveries")
    DeliveryList deliveries(Caller caller, @RequestParam(required = false) @Nullable Integer size,
            @RequestParam(required = false) @Nullable String cursor) {
        Page<Delivery> page = deliveries.list(caller.organization(), caller.access().visibleClusters(),
                PageRequest.of(size, cursor));
        return new DeliveryList(page.items().stream().map(DeliveryJson::of).toList(), page.nextCursor());
    }
}
