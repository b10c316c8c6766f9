package io.gatehouse.invitation;

import io.gatehouse.shared.DomainException;

public class InvitationsRateLimited extends DomainException {

    public InvitationsRateLimited(int limit) {
        super(Kind.RATE_LIMITED, "organization.invitations_rate_limit_exceeded",
                "This organization has sent " + limit + " invitations in the last hour, its limit; try again later");
    }
}
