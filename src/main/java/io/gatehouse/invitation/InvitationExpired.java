package io.gatehouse.invitation;

import io.gatehouse.shared.InvalidRequest;

public class InvitationExpired extends InvalidRequest {

    public InvitationExpired() {
        super("organization.invitation_expired", "This invitation has expired; ask an owner to resend it");
    }
}
