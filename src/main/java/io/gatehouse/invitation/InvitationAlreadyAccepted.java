package io.gatehouse.invitation;

import io.gatehouse.shared.Conflict;

public class InvitationAlreadyAccepted extends Conflict {

    public InvitationAlreadyAccepted() {
        super("organization.invitation_already_accepted", "This invitation has already been accepted");
    }
}
