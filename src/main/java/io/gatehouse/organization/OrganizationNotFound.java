package io.gatehouse.organization;

import io.gatehouse.shared.NotFound;

public class OrganizationNotFound extends NotFound {

    public OrganizationNotFound() {
        super("organization.not_found", "Organization not found");
    }
}
