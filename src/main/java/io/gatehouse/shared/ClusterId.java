package io.gatehouse.shared;

import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record ClusterId(@JsonValue UUID value) {

    public ClusterId {
        java.util.Objects.requireNonNull(value);
    }

    public static ClusterId random() {
        return new ClusterId(UUID.randomUUID());
    }

    /** Parses an id from a URL or a request body; anything that is not a UUID is simply no id of ours. */
    public static Optional<ClusterId> parse(String text) {
        try {
            return Optional.of(new ClusterId(UUID.fromString(text.trim())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
