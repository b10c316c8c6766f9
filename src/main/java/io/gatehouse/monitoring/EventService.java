package io.gatehouse.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.InvalidRequest;
import io.gatehouse.shared.Keyset;
import io.gatehouse.shared.NotFound;
import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.Page;
import io.gatehouse.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a cluster's events. Callers have been authorized to view the cluster's events. */
@Service
public class EventService {

    private final EventRepository events;

    EventService(EventRepository events) {
        this.events = events;
    }

    /**
     * Newest first. {@code status} is {@code open}, {@code closed} or null (both); {@code from}/{@code to} keep the
     * events that were open at some time in [from, to).
     */
    @Transactional(readOnly = true)
    public Page<MonitoringEvent> list(OrganizationId org, ClusterId cluster, @Nullable String status,
            @Nullable Instant from, @Nullable Instant to, PageRequest page) {
        if (status != null && !status.equals("open") && !status.equals("closed")) {
            throw new InvalidRequest("request.invalid_parameter", "status must be open or closed", "status");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidRequest("request.invalid_parameter", "from must be before to", "from", "to");
        }
        Keyset before = page.afterKeyset(Keyset.LAST);
        List<MonitoringEvent> rows = events.page(org, cluster,
                new EventRepository.Filter(status == null ? "any" : status, from, to), before.at(), before.id(),
                page.size() + 1);
        return Page.of(rows, page.size(), e -> Keyset.position(e.openedAt(), e.id()));
    }

    @Transactional(readOnly = true)
    public MonitoringEvent get(OrganizationId org, ClusterId cluster, String id) {
        Optional<UUID> uuid;
        try {
            uuid = Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            uuid = Optional.empty();
        }
        return uuid.flatMap(u -> events.find(org, cluster, u))
                .orElseThrow(() -> new NotFound("events.not_found", "Event not found"));
    }
}
