package io.gatehouse.organization;

import java.time.Instant;

import io.gatehouse.shared.OneLineText;
import io.gatehouse.shared.OrganizationId;
import org.jspecify.annotations.Nullable;

/** An organization: the boundary nothing crosses. Its name is what members and invitees see. */
public record Organization(OrganizationId id, String name, Instant createdAt) {

    public static final int MAX_NAME = 200;

    public Organization {
        name = validName(name, "name");
    }

    Organization renamed(String newName) {
        return new Organization(id, newName, createdAt);
    }

    /**
     * The name trimmed, or a refusal naming {@code field}: for callers that take a name for an organization they
     * create later (a sign-up), so that it is refused at once rather than when the organization is made.
     */
    public static String validName(@Nullable String name, String field) {
        return OneLineText.require(name, MAX_NAME, "organization.invalid_name", "An organization's name", field);
    }
}
