package io.gatehouse.console;

import io.gatehouse.access.Permission;
import io.gatehouse.cluster.ClusterService;
import io.gatehouse.monitoring.EventService;
import io.gatehouse.monitoring.MonitoringEvent;
import io.gatehouse.shared.Page;
import io.gatehouse.shared.PageRequest;
import io.gatehouse.web.Caller;
import io.gatehouse.web.RequiresPermission;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A cluster's <b>Events</b>: what its rules found, newest first, open or closed; and one event with its details and
 * recommendations (the page that notifications link to).
 */
@Controller
class ClusterEventsConsoleController {

    static final int PAGE_SIZE = 50;

    private final ClusterService clusters;
    private final EventService events;

    ClusterEventsConsoleController(ClusterService clusters, EventService events) {
        this.clusters = clusters;
        this.events = events;
    }

    @RequiresPermission(Permission.VIEW_EVENTS)
    @GetMapping("/clusters/{cluster_id}/events")
    String events(Caller caller, @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String cursor, Model model) {
        String shown = status == null || status.isBlank() ? null : status;
        Page<MonitoringEvent> page = events.list(caller.organization(), caller.cluster(), shown, null, null,
                PageRequest.of(PAGE_SIZE, cursor));
        model.addAttribute("view", ClusterView.of(caller, clusters.get(caller.organization(), caller.cluster())));
        model.addAttribute("status", shown == null ? "" : shown);
        model.addAttribute("events", page.items());
        model.addAttribute("nextCursor", page.nextCursor());
        model.addAttribute("firstPage", cursor == null || cursor.isBlank());
        return "console/cluster-events";
    }

    @RequiresPermission(Permission.VIEW_EVENTS)
    @GetMapping("/clusters/{cluster_id}/events/{event_id}")
    String event(Caller caller, @PathVariable("event_id") String eventId, Model model) {
        model.addAttribute("view", ClusterView.of(caller, clusters.get(caller.organization(), caller.cluster())));
        model.addAttribute("event", events.get(caller.organization(), caller.cluster(), eventId));
        return "console/cluster-event";
    }
}
