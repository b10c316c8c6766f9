package io.gatehouse.api;

import java.util.List;

import io.gatehouse.access.AccessSnapshot;
import io.gatehouse.access.Authorizer;
import io.gatehouse.access.Decision;
import io.gatehouse.access.Permission;
import io.gatehouse.web.Caller;
import io.gatehouse.web.RequiresPermission;
import io.gatehouse.cluster.ClusterNotFound;
import io.gatehouse.cluster.ClusterService;
import io.gatehouse.membership.MembershipNotFound;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.Forbidden;
import io.gatehouse.shared.InvalidRequest;
import io.gatehouse.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Explains a decision: may this member take this action (on this cluster), and which grant says so. */
@RestController
class AccessApiController {

    record Explanation(boolean allowed, List<String> grantedBy, String reason) {
    }

    private final Authorizer authorizer;
    private final ClusterService clusters;

    AccessApiController(Authorizer authorizer, ClusterService clusters) {
        this.authorizer = authorizer;
        this.clusters = clusters;
    }

    /** Owners ask about anyone in the organization; other members about themselves. */
    @RequiresPermission(Permission.MEMBER_SELF_SERVICE)
    @GetMapping("/api/v1/organizations/{organization_id}/access/_explain")
    Explanation explain(Caller caller, @RequestParam(name = "user_id", required = false) @Nullable String userId,
            @RequestParam String action, @RequestParam(name = "cluster_id", required = false) @Nullable String clusterId) {
        UserId subject = userId == null ? caller.id() : UserId.parse(userId).orElseThrow(MembershipNotFound::new);
        if (!subject.equals(caller.id()) && !caller.access().decide(Permission.READ_MEMBERS, null).allowed()) {
            throw new Forbidden("auth.forbidden", "Only owners may ask about other members");
        }
        Permission permission = Permission.fromApiName(action).orElseThrow(() -> new InvalidRequest(
                "request.invalid_parameter", "Unknown action \"" + action + "\"", "action"));
        ClusterId cluster = null;
        if (permission.target() == Permission.Target.CLUSTER) {
            if (clusterId == null) {
                throw new InvalidRequest("request.invalid_parameter", action + " is decided per cluster: give cluster_id",
                        "cluster_id");
            }
            cluster = ClusterId.parse(clusterId).orElseThrow(ClusterNotFound::new);
            clusters.get(caller.organization(), cluster);
        }
        AccessSnapshot access = authorizer.snapshotOf(subject);
        if (!access.isMemberOf(caller.organization())) {
            throw new MembershipNotFound();
        }
        Decision decision = authorizer.check(access, permission, cluster);
        return new Explanation(decision.allowed(), decision.grantedBy().stream().map(Object::toString).toList(),
                decision.reason());
    }
}
