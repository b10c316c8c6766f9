package io.gatehouse.api;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.gatehouse.access.Permission;
import io.gatehouse.web.Caller;
import io.gatehouse.web.RequiresPermission;
import io.gatehouse.access.Role;
import io.gatehouse.membership.Member;
import io.gatehouse.membership.MembershipNotFound;
import io.gatehouse.membership.MembershipService;
import io.gatehouse.shared.Page;
import io.gatehouse.shared.PageRequest;
import io.gatehouse.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organizations/{organization_id}/members")
class MemberApiController {

    record MemberJson(String organizationId, String userId, String name, String email, Instant memberSince,
            @Nullable Instant lastSignInAt, RoleAssignmentsJson roleAssignments) {

        static MemberJson of(Member member) {
            return new MemberJson(member.organization().toString(), member.userId().toString(), member.name(),
                    member.email(), member.memberSince(), member.lastSignInAt(),
                    RoleAssignmentsJson.of(member.organization(), member.roleAssignments()));
        }
    }

    record MemberList(List<MemberJson> members, @Nullable String nextCursor) {
    }

    private final MembershipService memberships;

    MemberApiController(MembershipService memberships) {
        this.memberships = memberships;
    }

    @RequiresPermission(Permission.READ_MEMBERS)
    @GetMapping
    MemberList list(Caller caller, @RequestParam(required = false) @Nullable Integer size,
            @RequestParam(required = false) @Nullable String cursor) {
        Page<Member> page = memberships.members(caller.organization(), PageRequest.of(size, cursor));
        return new MemberList(page.items().stream().map(MemberJson::of).toList(), page.nextCursor());
    }

    /** An owner removes anyone; any member may remove itself (leave). */
    @RequiresPermission(Permission.MEMBER_SELF_SERVICE)
    @DeleteMapping("/{user_ids}")
    Map<String, Object> remove(Caller caller, @PathVariable("user_ids") String userIds) {
        List<UserId> users = Arrays.stream(userIds.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(id -> UserId.parse(id).orElseThrow(MembershipNotFound::new)).toList();
        if (users.isEmpty()) {
            throw new MembershipNotFound();
        }
        boolean owner = caller.access().grants().stream().anyMatch(g -> g.role() == Role.ORGANIZATION_OWNER);
        memberships.remove(caller.organization(), caller.id(), owner, users);
        return Map.of();
    }
}
