package io.gatehouse.console;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The <b>Assign roles</b> section as submitted: the <b>Organization owner</b> switch, the <b>Connected cluster
 * access</b> switch, and when on, <b>Viewer</b> or <b>Admin</b> on <b>All connected clusters</b> or <b>Selected
 * clusters</b>.
 */
record RoleChoice(boolean owner, boolean clusterAccess, String clusterRole, String clusterScope,
        List<String> clusters) {

    static final String VIEWER = "viewer";
    static final String ADMIN = "admin";
    static final String ALL = "all";
    static final String SELECTED = "selected";

    RoleChoice(boolean owner, boolean clusterAccess, @Nullable String clusterRole, @Nullable String clusterScope,
            @Nullable List<String> clusters) {
        this.owner = owner;
        this.clusterAccess = clusterAccess;
        this.clusterRole = ADMIN.equals(clusterRole) ? ADMIN : VIEWER;
        this.clusterScope = SELECTED.equals(clusterScope) ? SELECTED : ALL;
        this.clusters = clusters == null ? List.of() : List.copyOf(clusters);
    }

    /** The form as posted: an unchecked switch sends nothing. */
    record Submitted(@Nullable Boolean owner, @Nullable Boolean clusterAccess, @Nullable String clusterRole,
            @Nullable String clusterScope, @Nullable List<String> clusters) {

        RoleChoice choice() {
            return new RoleChoice(Boolean.TRUE.equals(owner), Boolean.TRUE.equals(clusterAccess), clusterRole,
                    clusterScope, clusters);
        }
    }

    static RoleChoice none() {
        return new RoleChoice(false, false, VIEWER, ALL, List.of());
    }

    /** The form's picture of existing roles: the owner switch, and the strongest cluster role with its scope. */
    static RoleChoice of(List<RoleAssignment> assignments) {
        boolean owner = assignments.stream().anyMatch(a -> a.role() == Role.ORGANIZATION_OWNER);
        RoleAssignment cluster = assignments.stream().filter(a -> a.role() == Role.CLUSTER_ADMIN).findFirst()
                .or(() -> assignments.stream().filter(a -> a.role() == Role.CLUSTER_VIEWER).findFirst()).orElse(null);
        if (cluster == null) {
            return new RoleChoice(owner, false, VIEWER, ALL, List.of());
        }
        return new RoleChoice(owner, true, cluster.role() == Role.CLUSTER_ADMIN ? ADMIN : VIEWER,
                cluster.all() ? ALL : SELECTED, cluster.clusters().stream().map(ClusterId::toString).toList());
    }

    public boolean selects(String clusterId) {
        return clusterAccess && SELECTED.equals(clusterScope) && clusters.contains(clusterId);
    }

    /** What the choice asks for, or (never both) every problem with it, by form field ("roles", "clusters"). */
    record Parsed(List<RoleAssignment> assignments, List<Problem> problems) {
    }

    Parsed toAssignments(Function<Collection<ClusterId>, Set<ClusterId>> unknownClusters) {
        List<RoleAssignment> assignments = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (owner) {
            assignments.add(RoleAssignment.owner());
        }
        if (clusterAccess) {
            Role role = ADMIN.equals(clusterRole) ? Role.CLUSTER_ADMIN : Role.CLUSTER_VIEWER;
            if (ALL.equals(clusterScope)) {
                assignments.add(RoleAssignment.onAllClusters(role));
            } else {
                Set<ClusterId> chosen = new LinkedHashSet<>();
                clusters.forEach(text -> ClusterId.parse(text).ifPresentOrElse(chosen::add,
                        () -> problems.add(Problem.of("clusters.not_found", "No such cluster in this organization", "clusters"))));
                unknownClusters.apply(chosen).forEach(id -> problems.add(
                        Problem.of("clusters.not_found", "No such cluster in this organization", "clusters")));
                if (chosen.isEmpty() && problems.isEmpty()) {
                    problems.add(Problem.of("role_assignments.invalid",
                            "Choose at least one cluster, or All connected clusters", "clusters"));
                } else if (!chosen.isEmpty()) {
                    assignments.add(RoleAssignment.onClusters(role, chosen));
                }
            }
        }
        if (!owner && !clusterAccess) {
            problems.add(Problem.of("role_assignments.invalid",
                    "Choose at least one role: Organization owner or Connected cluster access", "roles"));
        }
        return new Parsed(problems.isEmpty() ? assignments : List.of(), problems);
    }
}
