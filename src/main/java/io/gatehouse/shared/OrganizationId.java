package io.gatehouse.shared;

import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record OrganizationId(@JsonValue UUID value) {

    public OrganizationId {
        java.util.Objects.requireNonNull(value);
    }

    public static OrganizationId random() {
        return new OrganizationId(UUID.randomUUID());
    }

    /** Parses an id from a URL or a request body; anything that is not a UUID is simply no id of ours. */
    public static Optional<OrganizationId> parse(String text) {
        try {
            return Optional.of(new OrganizationId(UUID.fromString(text.trim())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
