package io.gatehouse.organization;

import java.time.Instant;

import io.gatehouse.shared.InvalidRequest;
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
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new InvalidRequest("organization.invalid_name",
                    "An organization's name is 1 to " + MAX_NAME + " characters", field);
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            // A NUL cannot be stored at all, and a line break has no place in a name or in a mail subject.
            throw new InvalidRequest("organization.invalid_name", "An organization's name has no control characters",
                    field);
        }
        return trimmed;
    }
}
