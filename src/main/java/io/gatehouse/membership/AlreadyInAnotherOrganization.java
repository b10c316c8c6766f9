package io.gatehouse.membership;

import io.gatehouse.shared.Conflict;

/** A user belongs to one organization at a time (SPEC §1). */
public class AlreadyInAnotherOrganization extends Conflict {

    public AlreadyInAnotherOrganization(String organizationName) {
        super("organization.user_organization_already_belongs", "You already belong to the organization \""
                + organizationName + "\". A user can belong to only one organization at a time: leave \""
                + organizationName + "\" first, or use a different email address.");
    }
}
