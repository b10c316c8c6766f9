package io.gatehouse.api;

import java.time.Instant;
import java.util.List;

import io.gatehouse.access.Permission;
import io.gatehouse.web.Caller;
import io.gatehouse.web.RequiresPermission;
import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditTrail;
import io.gatehouse.shared.Page;
import io.gatehouse.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditApiController {

    record Actor(@Nullable String userId, @Nullable String email) {
    }

    record EntryJson(Instant at, @Nullable Actor actor, String action, @Nullable String target,
            @Nullable String details, @Nullable String ip) {

        static EntryJson of(AuditEntry e) {
            Actor actor = e.actorId() == null && e.actorEmail() == null ? null : new Actor(e.actorId(), e.actorEmail());
            return new EntryJson(e.at(), actor, e.action(), e.target(), e.details(), e.ip());
        }
    }

    record AuditPage(List<EntryJson> entries, @Nullable String nextCursor) {
    }

    private final AuditTrail audit;

    AuditApiController(AuditTrail audit) {
        this.audit = audit;
    }

    /** Newest first. */
    @RequiresPermission(Permission.READ_AUDIT)
    @GetMapping("/api/v1/organizations/{organization_id}/audit")
    AuditPage entries(Caller caller, @RequestParam(required = false) @Nullable Integer size,
            @RequestParam(required = false) @Nullable String cursor) {
        Page<AuditEntry> page = audit.entries(caller.organization(), PageRequest.of(size, cursor));
        return new AuditPage(page.items().stream().map(EntryJson::of).toList(), page.nextCursor());
    }
}
