package io.gatehouse.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Who did what to whom, when and from where. {@code actor} is absent for changes made by the system itself. */
public record AuditEntry(long seq, Instant at, @Nullable String actorId, @Nullable String actorEmail, String action,
        @Nullable String target, @Nullable String details, @Nullable String ip) {
}
