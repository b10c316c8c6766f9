package io.gatehouse.organization;

import java.time.Instant;

import io.gatehouse.shared.InvalidRequest;
import io.gatehouse.shared.OrganizationId;

/** An organization: the boundary nothing crosses. Its name is what members and invitees see. */
public record Organization(OrganizationId id, String name, Instant createdAt) {

    static final int MAX_NAME = 200;

    public Organization {
        name = validName(name);
    }

    Organization renamed(String newName) {
        return new Organization(id, newName, createdAt);
    }

    static String validName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new InvalidRequest("organization.invalid_name",
                    "An organization's name is 1 to " + MAX_NAME + " characters", "name");
        }
        return trimmed;
    }
}
