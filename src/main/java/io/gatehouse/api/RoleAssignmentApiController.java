package io.gatehouse.api;

import java.util.List;
import java.util.Map;

import io.gatehouse.access.Permission;
import io.gatehouse.web.Caller;
import io.gatehouse.web.RequiresPermission;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.cluster.ClusterService;
import io.gatehouse.membership.MembershipNotFound;
import io.gatehouse.membership.RoleAssignmentService;
import io.gatehouse.shared.UserId;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Owners add, remove or replace a member's role assignments in the caller's organization. */
@RestController
@RequestMapping("/api/v1/users/{user_id}/role_assignments")
class RoleAssignmentApiController {

    private final RoleAssignmentService roles;
    private final ClusterService clusters;

    RoleAssignmentApiController(RoleAssignmentService roles, ClusterService clusters) {
        this.roles = roles;
        this.clusters = clusters;
    }

    @RequiresPermission(Permission.MANAGE_MEMBERS)
    @PostMapping
    Map<String, Object> add(Caller caller, @PathVariable("user_id") String userId, @RequestBody RoleAssignmentsJson body) {
        roles.add(caller.organization(), member(userId), assignments(caller, body));
        return Map.of();
    }

    @RequiresPermission(Permission.MANAGE_MEMBERS)
    @DeleteMapping
    Map<String, Object> remove(Caller caller, @PathVariable("user_id") String userId,
            @RequestBody RoleAssignmentsJson body) {
        roles.remove(caller.organization(), member(userId), assignments(caller, body));
        return Map.of();
    }

    @RequiresPermission(Permission.MANAGE_MEMBERS)
    @PutMapping
    Map<String, Object> replace(Caller caller, @PathVariable("user_id") String userId,
            @RequestBody RoleAssignmentsJson body) {
        roles.replace(caller.organization(), member(userId), assignments(caller, body));
        return Map.of();
    }

    private static UserId member(String userId) {
        return UserId.parse(userId).orElseThrow(MembershipNotFound::new);
    }

    private List<RoleAssignment> assignments(Caller caller, RoleAssignmentsJson body) {
        return body.toAssignments(caller.organization(), "role_assignments",
                ids -> clusters.unknown(caller.organization(), ids)).orThrow();
    }
}
