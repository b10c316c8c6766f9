package io.gatehouse.apikey;

import java.time.Instant;
import java.util.UUID;

import io.gatehouse.shared.UserId;
import org.jspecify.annotations.Nullable;

/** A key's public facts; the key itself is shown once, at creation, and never stored. */
public record ApiKey(UUID id, UserId owner, String description, Instant createdAt, Instant expiresAt,
        @Nullable Instant lastUsedAt) {
}
