package io.gatehouse.account;

import java.time.Instant;
import java.util.UUID;

import io.gatehouse.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A single-use emailed secret. A verification token carries what the sign-up asked for (password hash, name,
 * organization name), applied only when the link is followed.
 */
record AccountToken(UUID id, UserId user, String purpose, String tokenHash, @Nullable String passwordHash,
        @Nullable String name, @Nullable String organizationName, Instant expiresAt, @Nullable Instant usedAt) {

    static final String VERIFY = "verify";
    static final String RESET = "reset";

    boolean usableFor(String expectedPurpose, Instant now) {
        return purpose.equals(expectedPurpose) && usedAt == null && now.isBefore(expiresAt);
    }
}
