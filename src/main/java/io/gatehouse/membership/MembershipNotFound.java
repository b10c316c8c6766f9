package io.gatehouse.membership;

import io.gatehouse.shared.NotFound;

public class MembershipNotFound extends NotFound {

    public MembershipNotFound() {
        super("organization.membership_not_found", "No such member of this organization");
    }
}
