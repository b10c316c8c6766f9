package io.gatehouse.console;

import java.time.Instant;
import java.util.List;

import io.gatehouse.invitation.InvitationStatus;
import io.gatehouse.invitation.InvitationView;

/** A row of the invitations table: the invitation, its roles in words, and where it stands now. */
record InvitationRow(InvitationView view, List<String> roles, String status) {

    static InvitationRow of(InvitationView view, List<String> roles, Instant now) {
        return new InvitationRow(view, roles, view.invitation().status(now).apiName());
    }

    /** Pending and expired invitations can be sent again or revoked. */
    public boolean open() {
        return status.equals(InvitationStatus.PENDING.apiName()) || status.equals(InvitationStatus.EXPIRED.apiName());
    }
}
