package io.gatehouse.notification;

import java.time.Instant;
import java.util.UUID;

import io.gatehouse.shared.InvalidRequest;
import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.Page;
import io.gatehouse.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The delivery log of an organization's notifications, newest first. */
@Service
public class DeliveryLog {

    private static final Instant FAR_FUTURE = Instant.parse("9999-01-01T00:00:00Z");

    private final DeliveryRepository deliveries;

    DeliveryLog(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @Transactional(readOnly = true)
    public Page<Delivery> list(OrganizationId org, PageRequest page) {
        Instant beforeAt = FAR_FUTURE;
        UUID beforeId = new UUID(-1L, -1L);
        if (page.after() != null) {
            String[] parts = page.afterParts(2);
            try {
                beforeAt = Instant.parse(parts[0]);
                beforeId = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw new InvalidRequest("request.invalid_parameter", "cursor is not one this service issued", "cursor");
            }
        }
        return Page.of(deliveries.page(org, beforeAt, beforeId, page.size() + 1), page.size(),
                d -> d.createdAt() + "|" + d.id());
    }
}
