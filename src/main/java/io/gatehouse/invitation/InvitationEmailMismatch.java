package io.gatehouse.invitation;

import io.gatehouse.shared.Forbidden;

public class InvitationEmailMismatch extends Forbidden {

    public InvitationEmailMismatch() {
        super("organization.invitation_email_mismatch", "This invitation was sent to another email address: sign in with the address it was sent to");
    }
}
