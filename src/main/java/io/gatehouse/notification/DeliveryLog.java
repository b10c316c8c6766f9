package io.gatehouse.notification;


import io.gatehouse.shared.Keyset;
import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.Page;
import io.gatehouse.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The delivery log of an organization's notifications, newest first. */
@Service
public class DeliveryLog {


    private final DeliveryRepository deliveries;

    DeliveryLog(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @Transactional(readOnly = true)
    public Page<Delivery> list(OrganizationId org, PageRequest page) {
        Keyset before = page.afterKeyset(Keyset.LAST);
        return Page.of(deliveries.page(org, before.at(), before.id(), page.size() + 1), page.size(),
                d -> Keyset.position(d.createdAt(), d.id()));
    }
}
