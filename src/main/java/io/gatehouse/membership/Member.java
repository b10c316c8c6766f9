package io.gatehouse.membership;

import java.time.Instant;
import java.util.List;

import io.gatehouse.access.RoleAssignment;
import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.UserId;
import org.jspecify.annotations.Nullable;

/** A member as owners see them: who, since when, last sign-in, and the roles they hold. */
public record Member(OrganizationId organization, UserId userId, String name, String email, Instant memberSince,
        @Nullable Instant lastSignInAt, List<RoleAssignment> roleAssignments) {
}
