package io.gatehouse.invitation;

import io.gatehouse.access.Scope;
import io.gatehouse.cluster.ClusterDisconnected;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A disconnected cluster is no longer offered by any invitation (in the transaction that disconnects it). */
@Component
class DisconnectedClusterListener {

    private final InvitationRepository invitations;

    DisconnectedClusterListener(InvitationRepository invitations) {
        this.invitations = invitations;
    }

    @EventListener
    void on(ClusterDisconnected event) {
        invitations.dropScope(event.organization(), Scope.of(event.cluster()));
    }
}
