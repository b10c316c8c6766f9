package io.gatehouse.mail;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where a queued message stands: {@code queued} (waiting or retrying), {@code sent}, {@code logged} (no SMTP server
 * is configured, so it went to the log) or {@code failed} (gave up after the last retry).
 */
public record DeliveryState(UUID messageId, String status, int attempts, @Nullable String lastError,
        @Nullable Instant sentAt) {
}
