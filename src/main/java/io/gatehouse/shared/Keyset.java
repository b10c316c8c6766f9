package io.gatehouse.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * A position in a list ordered by (time, id), the keyset of most lists here: what their cursors hold, written
 * {@code "time|id"}. A page starts strictly after (or, newest first, before) its position.
 */
public record Keyset(Instant at, UUID id) {

    /** Before every row: the start of a list in ascending order. */
    public static final Keyset FIRST = new Keyset(Instant.EPOCH, new UUID(0, 0));
    /** After every row: the start of a list newest first. */
    public static final Keyset LAST = new Keyset(Instant.parse("9999-01-01T00:00:00Z"), new UUID(-1L, -1L));

    /** The position of a row, as a cursor holds it. */
    public static String position(Instant at, UUID id) {
        return at + "|" + id;
    }

    /** A time outside {@link #FIRST}..{@link #LAST} was never issued, and the databases cannot compare it. */
    static Keyset parse(String[] parts) {
        Keyset position;
        try {
            position = new Keyset(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw notIssued();
        }
        if (position.at.isBefore(FIRST.at) || position.at.isAfter(LAST.at)) {
            throw notIssued();
        }
        return position;
    }

    private static InvalidRequest notIssued() {
        return new InvalidRequest("request.invalid_parameter", "cursor is not one this service issued", "cursor");
    }

    public Timestamp timestamp() {
        return Timestamp.from(at);
    }
}
