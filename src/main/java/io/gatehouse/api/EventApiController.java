package io.gatehouse.api;

import java.time.Instant;
import java.util.List;

import io.gatehouse.web.Caller;
import io.gatehouse.web.RequiresPermission;
import io.gatehouse.access.Permission;
import io.gatehouse.monitoring.EventService;
import io.gatehouse.monitoring.MonitoringEvent;
import io.gatehouse.shared.Page;
import io.gatehouse.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cloud-connected/clusters/{cluster_id}/events")
class EventApiController {

    record EventJson(String id, String type, String severity, String status, String title, String details,
            String recommendations, Instant openedAt, @Nullable Instant closedAt, List<String> nodes) {

        static EventJson of(MonitoringEvent e) {
            return new EventJson(e.id().toString(), e.type().apiName(), e.severity().apiName(), e.status(), e.title(),
                    e.details(), e.recommendations(), e.openedAt(), e.closedAt(), e.nodes());
        }
    }

    record EventList(List<EventJson> events, @Nullable String nextCursor) {
    }

    private final EventService events;

    EventApiController(EventService events) {
        this.events = events;
    }

    @RequiresPermission(Permission.VIEW_EVENTS)
    @GetMapping
    EventList list(Caller caller, @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable Integer size,
            @RequestParam(required = false) @Nullable String cursor) {
        Page<MonitoringEvent> page = events.list(caller.organization(), caller.cluster(), status,
                TimeParameters.instant("from", from), TimeParameters.instant("to", to), PageRequest.of(size, cursor));
        return new EventList(page.items().stream().map(EventJson::of).toList(), page.nextCursor());
    }

    @RequiresPermission(Permission.VIEW_EVENTS)
    @GetMapping("/{event_id}")
    EventJson get(Caller caller, @PathVariable("event_id") String eventId) {
        return EventJson.of(events.get(caller.organization(), caller.cluster(), eventId));
    }
}
