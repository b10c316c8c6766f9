package io.gatehouse.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * A keyset page request: at most {@code size} items after the position {@code after} (a decoded cursor), or from
 * the start. Cursors are opaque to clients; a cursor that does not decode is a client mistake.
 */
public record PageRequest(int size, @Nullable String after) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 1000;

    public PageRequest {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequest("request.invalid_parameter", "size must be between 1 and " + MAX_SIZE, "size");
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(size, null);
    }

    public static PageRequest of(@Nullable Integer size, @Nullable String cursor) {
        return new PageRequest(size == null ? DEFAULT_SIZE : size, cursor == null || cursor.isBlank() ? null : decode(cursor));
    }

    public static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("request.invalid_parameter", "cursor is not one this service issued", "cursor");
        }
    }

    /** Where a page of a list ordered by (time, id) starts: after the cursor's position, else at {@code start}. */
    public Keyset afterKeyset(Keyset start) {
        return after == null ? start : Keyset.parse(afterParts(2));
    }

    /** The position after a cursor, split into its parts; a position of the wrong shape is a bad cursor. */
    public String[] afterParts(int expected) {
        String[] parts = after == null ? new String[0] : after.split("\\|", -1);
        if (parts.length != expected) {
            throw new InvalidRequest("request.invalid_parameter", "cursor is not one this service issued", "cursor");
        }
        return parts;
    }
}
