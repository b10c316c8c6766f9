package io.gatehouse.account;

import java.time.Instant;

import io.gatehouse.shared.EmailAddress;
import io.gatehouse.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A person. An unverified user has no usable password: the password chosen at sign-up waits with the verification
 * token, so whoever pre-registers someone else's address never holds a working password for it (SPEC §6).
 */
public record User(UserId id, EmailAddress email, String name, @Nullable String passwordHash, boolean verified,
        Instant createdAt, @Nullable Instant lastLoginAt) {
}
