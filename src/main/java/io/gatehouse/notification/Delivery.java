package io.gatehouse.notification;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One notification of one event transition to one connector: an entry of the delivery log. Status is
 * {@code queued} (waiting, retrying or delayed), {@code delivered}, {@code skipped} (closed before its delay ran
 * out) or {@code failed} (gave up).
 */
public record Delivery(UUID id, UUID connectorId, UUID eventId, String transition, String status, int attempts,
        @Nullable String lastError, Instant createdAt, Instant nextAttemptAt, @Nullable Instant deliveredAt) {
}
