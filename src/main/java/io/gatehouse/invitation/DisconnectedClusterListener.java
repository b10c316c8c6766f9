package io.gatehouse.invitation;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import io.gatehouse.access.Scope;
import io.gatehouse.audit.AuditTrail;
import io.gatehouse.cluster.ClusterDisconnected;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A disconnected cluster is no longer offered by any invitation (in the transaction that disconnects it). An
 * invitation that offered nothing else would make a member with no role, which no invitation may (SPEC §3): it is
 * revoked, in the audit log and the owners' list, and can be sent anew with other roles.
 */
@Component
class DisconnectedClusterListener {

    private final InvitationRepository invitations;
    private final AuditTrail audit;
    private final Clock clock;

    DisconnectedClusterListener(InvitationRepository invitations, AuditTrail audit, Clock clock) {
        this.invitations = invitations;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(ClusterDisconnected event) {
        invitations.dropScope(event.organization(), Scope.of(event.cluster()));
        Map<UUID, String> empty = invitations.pendingOfferingNothing(event.organization());
        if (empty.isEmpty()) {
            return;
        }
        invitations.revoke(event.organization(), empty.keySet(), clock.instant());
        audit.recordAll(event.organization(), empty.entrySet().stream().map(e -> new AuditTrail.Change(
                "invitation.revoked", "invitation:" + e.getKey(),
                e.getValue() + ": it offered only cluster " + event.cluster() + ", which was disconnected")).toList());
    }
}
