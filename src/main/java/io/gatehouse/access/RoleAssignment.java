package io.gatehouse.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gatehouse.shared.ClusterId;

/**
 * A role as people assign it: on all clusters, or on a set of selected clusters. The storage form is a set of
 * {@link RoleGrant}s; this is the form of the API and the console.
 */
public record RoleAssignment(Role role, boolean all, Set<ClusterId> clusters) {

    public RoleAssignment {
        clusters = Set.copyOf(clusters);
        if (all && !clusters.isEmpty()) {
            throw new IllegalArgumentException("all clusters and selected clusters exclude each other");
        }
        if (!all && clusters.isEmpty()) {
            throw new IllegalArgumentException("selected clusters need at least one cluster");
        }
        if (role == Role.ORGANIZATION_OWNER && !all) {
            throw new IllegalArgumentException("the owner role applies to the whole organization");
        }
    }

    public static RoleAssignment owner() {
        return new RoleAssignment(Role.ORGANIZATION_OWNER, true, Set.of());
    }

    public static RoleAssignment onAllClusters(Role role) {
        return new RoleAssignment(role, true, Set.of());
    }

    public static RoleAssignment onClusters(Role role, Collection<ClusterId> clusters) {
        return new RoleAssignment(role, false, new LinkedHashSet<>(clusters));
    }

    /** "Organization owner", "Viewer on all connected clusters", "Admin on clusters prod-eu, prod-us". */
    public String inWords(java.util.function.Function<ClusterId, String> clusterName) {
        if (role == Role.ORGANIZATION_OWNER) {
            return role.label();
        }
        if (all) {
            return role.label() + " on all connected clusters";
        }
        return role.label() + " on cluster" + (clusters.size() == 1 ? " " : "s ")
                + String.join(", ", clusters.stream().map(clusterName).sorted().toList());
    }

    public List<RoleGrant> grants() {
        if (all) {
            return List.of(new RoleGrant(role, Scope.ALL));
        }
        return clusters.stream().map(c -> new RoleGrant(role, Scope.of(c))).toList();
    }

    /** Groups grants back into assignments: per role, "all" wins over any selection. */
    public static List<RoleAssignment> fromGrants(Collection<RoleGrant> grants) {
        Map<Role, Set<ClusterId>> selected = new LinkedHashMap<>();
        Set<Role> all = new LinkedHashSet<>();
        for (RoleGrant grant : grants) {
            if (grant.scope().isAll()) {
                all.add(grant.role());
            } else {
                selected.computeIfAbsent(grant.role(), r -> new LinkedHashSet<>()).add(grant.scope().cluster());
            }
        }
        List<RoleAssignment> assignments = new ArrayList<>();
        for (Role role : Role.values()) {
            if (all.contains(role)) {
                assignments.add(onAllClusters(role));
            } else if (selected.containsKey(role)) {
                assignments.add(onClusters(role, selected.get(role)));
            }
        }
        return assignments;
    }

    public static Set<RoleGrant> grantsOf(Collection<RoleAssignment> assignments) {
        Set<RoleGrant> grants = new LinkedHashSet<>();
        assignments.forEach(a -> grants.addAll(a.grants()));
        return grants;
    }
}
