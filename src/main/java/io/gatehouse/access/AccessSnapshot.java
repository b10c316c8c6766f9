package io.gatehouse.access;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.UserId;
import org.jspecify.annotations.Nullable;

/** A user's organization (if any) and grants there, read in one query at the start of a request. */
public record AccessSnapshot(UserId user, @Nullable OrganizationId organization, List<RoleGrant> grants) {

    public AccessSnapshot {
        grants = List.copyOf(grants);
    }

    public Optional<OrganizationId> organizationId() {
        return Optional.ofNullable(organization);
    }

    public boolean isMemberOf(OrganizationId id) {
        return id.equals(organization);
    }

    public Decision decide(Permission permission, @Nullable ClusterId cluster) {
        return organization == null ? Decision.deny("not a member of any organization")
                : AccessPolicy.decide(grants, permission, cluster);
    }

    public boolean may(Permission permission, ClusterId cluster) {
        return decide(permission, cluster).allowed();
    }

    /** Whether every cluster is visible, so that lists need no filter. */
    public boolean seesAllClusters() {
        return organization != null && grants.stream().anyMatch(g -> g.scope().isAll());
    }

    /** The clusters visible one by one (those the grants select), for lists to filter on; null when all are. */
    public @Nullable Set<ClusterId> visibleClusters() {
        return seesAllClusters() ? null : grants.stream().map(g -> g.scope().cluster()).filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    public List<RoleAssignment> assignments() {
        return RoleAssignment.fromGrants(grants);
    }
}
