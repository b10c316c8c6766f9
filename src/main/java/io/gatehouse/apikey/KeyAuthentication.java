package io.gatehouse.apikey;

import java.time.Instant;

import io.gatehouse.shared.AuthenticatedUser;

/** Who a presented key acts for, and until when (answered to clients as {@code X-Elastic-Api-Key-Expiration}). */
public record KeyAuthentication(AuthenticatedUser user, Instant expiresAt) {
}
