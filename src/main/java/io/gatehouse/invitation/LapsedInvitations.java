package io.gatehouse.invitation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gatehouse.access.Scope;
import io.gatehouse.audit.AuditTrail;
import io.gatehouse.cluster.ClusterDisconnected;
import io.gatehouse.membership.OwnershipEnded;
import io.gatehouse.shared.OrganizationId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Pending invitations that lapse with what they stood on, in the transaction that changes it; each revocation is
 * in the audit log and the owners' list, and an owner can invite anew.
 * <ul>
 * <li>A disconnected cluster is no longer offered. An invitation that offered nothing else would make a member with
 * no role, which no invitation may (SPEC §3): it is revoked.</li>
 * <li>An owner who is removed, leaves or is demoted takes their pending invitations with them (as GitHub cancels a
 * removed member's invitations): otherwise a removed owner's accomplice could still join, as an owner, later.</li>
 * </ul>
 */
@Component
class LapsedInvitations {

    private final InvitationRepository invitations;
    private final AuditTrail audit;
    private final Clock clock;

    LapsedInvitations(InvitationRepository invitations, AuditTrail audit, Clock clock) {
        this.invitations = invitations;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(ClusterDisconnected event) {
        Scope scope = Scope.of(event.cluster());
        List<UUID> offering = invitations.pendingWithScope(event.organization(), scope);
        invitations.dropScope(event.organization(), scope);
        revoke(event.organization(), invitations.offeringNothing(event.organization(), offering),
                "it offered only cluster " + event.cluster() + ", which was disconnected");
    }

    @EventListener
    void on(OwnershipEnded event) {
        revoke(event.organization(), invitations.pendingInvitedBy(event.organization(), event.user()),
                "its sender, user " + event.user() + ", is no longer an owner");
    }

    private void revoke(OrganizationId org, Map<UUID, String> lapsed, String why) {
        if (lapsed.isEmpty()) {
            return;
        }
        invitations.revoke(org, lapsed.keySet(), clock.instant());
        audit.recordAll(org, lapsed.entrySet().stream().map(e -> new AuditTrail.Change("invitation.revoked",
                "invitation:" + e.getKey(), e.getValue() + ": " + why)).toList());
    }
}
