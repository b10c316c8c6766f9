package io.gatehouse.membership;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.access.RoleGrant;
import io.gatehouse.access.RoleGrants;
import io.gatehouse.audit.AuditTrail;
import io.gatehouse.cluster.ClusterService;
import io.gatehouse.organization.OrganizationService;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.InvalidRequest;
import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.Problem;
import io.gatehouse.shared.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding, removing and replacing a member's role assignments (owners only; the caller has been authorized).
 * Cluster ids must be the organization's own, and the organization keeps at least one owner.
 */
@Service
public class RoleAssignmentService {

    private final RoleGrants grants;
    private final MembershipRepository memberships;
    private final OrganizationService organizations;
    private final ClusterService clusters;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    RoleAssignmentService(RoleGrants grants, MembershipRepository memberships, OrganizationService organizations,
            ClusterService clusters, AuditTrail audit, ApplicationEventPublisher events) {
        this.grants = grants;
        this.memberships = memberships;
        this.organizations = organizations;
        this.clusters = clusters;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public void add(OrganizationId org, UserId member, Collection<RoleAssignment> assignments) {
        Set<RoleGrant> current = lockAndLoad(org, member, assignments);
        Set<RoleGrant> added = new LinkedHashSet<>(RoleAssignment.grantsOf(assignments));
        added.removeAll(current);
        grants.add(org, member, added);
        audit.record(org, "role_assignments.added", "user:" + member, describe(added));
    }

    /** Removes the given grants; an assignment left with no cluster is gone. */
    @Transactional
    public void remove(OrganizationId org, UserId member, Collection<RoleAssignment> assignments) {
        Set<RoleGrant> current = lockAndLoad(org, member, assignments);
        Set<RoleGrant> removed = new LinkedHashSet<>(RoleAssignment.grantsOf(assignments));
        removed.retainAll(current);
        Set<RoleGrant> after = new LinkedHashSet<>(current);
        after.removeAll(removed);
        keepAnOwner(org, member, after);
        grants.remove(org, member, removed);
        audit.record(org, "role_assignments.removed", "user:" + member, describe(removed));
        announceEndedOwnership(org, member, current, after);
    }

    @Transactional
    public void replace(OrganizationId org, UserId member, Collection<RoleAssignment> assignments) {
        Set<RoleGrant> current = lockAndLoad(org, member, assignments);
        Set<RoleGrant> after = RoleAssignment.grantsOf(assignments);
        keepAnOwner(org, member, after);
        grants.removeAll(org, member);
        grants.add(org, member, after);
        audit.record(org, "role_assignments.replaced", "user:" + member,
                "from " + describe(current) + " to " + describe(after));
        announceEndedOwnership(org, member, current, after);
    }

    /** The clusters are checked under the lock that disconnecting takes too, so no grant outlives its cluster. */
    private Set<RoleGrant> lockAndLoad(OrganizationId org, UserId member, Collection<RoleAssignment> assignments) {
        organizations.lock(org);
        requireKnownClusters(org, assignments);
        if (memberships.existing(org, List.of(member)).isEmpty()) {
            throw new MembershipNotFound();
        }
        return new LinkedHashSet<>(grants.of(org, member));
    }

    /** Every cluster named must be one of the organization's; each unknown id is its own problem. */
    private void requireKnownClusters(OrganizationId org, Collection<RoleAssignment> assignments) {
        Set<ClusterId> named = new LinkedHashSet<>();
        assignments.forEach(a -> named.addAll(a.clusters()));
        Set<ClusterId> unknown = clusters.unknown(org, named);
        if (!unknown.isEmpty()) {
            throw new InvalidRequest(unknown.stream()
                    .map(id -> Problem.of("clusters.not_found", "No cluster " + id + " in this organization", id.toString()))
                    .toList());
        }
    }

    private void keepAnOwner(OrganizationId org, UserId member, Set<RoleGrant> memberGrantsAfter) {
        if (isOwner(memberGrantsAfter)) {
            return;
        }
        boolean anotherOwner = grants.owners(org).stream().anyMatch(owner -> !owner.equals(member));
        if (!anotherOwner) {
            throw new LastOwner();
        }
    }

    private void announceEndedOwnership(OrganizationId org, UserId member, Set<RoleGrant> before,
            Set<RoleGrant> after) {
        if (isOwner(before) && !isOwner(after)) {
            events.publishEvent(new OwnershipEnded(org, member));
        }
    }

    private static boolean isOwner(Set<RoleGrant> grants) {
        return grants.stream().anyMatch(g -> g.role() == Role.ORGANIZATION_OWNER);
    }

    private static String describe(Collection<RoleGrant> grants) {
        return grants.isEmpty() ? "nothing" : grants.toString();
    }
}
