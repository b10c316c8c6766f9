package io.gatehouse.invitation;

import io.gatehouse.shared.NotFound;

public class InvitationNotFound extends NotFound {

    public InvitationNotFound() {
        super("organization.invitation_not_found", "This invitation does not exist or was revoked");
    }
}
