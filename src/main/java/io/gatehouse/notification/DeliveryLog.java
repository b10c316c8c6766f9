package io.gatehouse.notification;

import java.util.Collection;
import java.util.List;

import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.Keyset;
import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.Page;
import io.gatehouse.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The delivery log of an organization's notifications, newest first. */
@Service
public class DeliveryLog {

    private final DeliveryRepository deliveries;

    DeliveryLog(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    /**
     * Newest first; {@code visible}, when given, holds the clusters the reader sees (an admin on selected clusters),
     * and only deliveries of their events are listed.
     */
    @Transactional(readOnly = true)
    public Page<Delivery> list(OrganizationId org, @Nullable Collection<ClusterId> visible, PageRequest page) {
        if (visible != null && visible.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        Keyset before = page.afterKeyset(Keyset.LAST);
        return Page.of(deliveries.page(org, visible, before.at(), before.id(), page.size() + 1), page.size(),
                d -> Keyset.position(d.createdAt(), d.id()));
    }
}
