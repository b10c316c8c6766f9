package io.gatehouse.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.InvalidRequest;
import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The Elastic Cloud {@code RoleAssignments} object, both ways. Reading collects every problem before refusing;
 * {@code platform}, {@code deployment} and {@code project} parts are valid JSON but not supported here.
 */
record RoleAssignmentsJson(@Nullable List<OrganizationRole> organization,
        @Nullable List<ClusterRole> cloudConnectedResource, @Nullable Object platform, @Nullable Object deployment,
        @Nullable Object project) {

    record OrganizationRole(@Nullable String roleId, @Nullable String organizationId) {
    }

    record ClusterRole(@Nullable String roleId, @Nullable String organizationId, @Nullable Boolean all,
            @Nullable List<String> resourceIds) {
    }

    static RoleAssignmentsJson of(OrganizationId org, List<RoleAssignment> assignments) {
        List<OrganizationRole> organization = new ArrayList<>();
        List<ClusterRole> clusters = new ArrayList<>();
        for (RoleAssignment assignment : assignments) {
            if (assignment.role() == Role.ORGANIZATION_OWNER) {
                organization.add(new OrganizationRole(assignment.role().apiId(), org.toString()));
            } else {
                clusters.add(new ClusterRole(assignment.role().apiId(), org.toString(), assignment.all(),
                        assignment.all() ? null : assignment.clusters().stream().map(ClusterId::toString).sorted().toList()));
            }
        }
        return new RoleAssignmentsJson(organization.isEmpty() ? null : organization, clusters.isEmpty() ? null : clusters,
                null, null, null);
    }

    /**
     * The assignments for {@code org}, or every problem found. {@code unknownClusters} answers which
     * of the named clusters are not the organization's, so that those are reported with the rest.
     */
    Parsed toAssignments(OrganizationId org, String field,
            Function<Collection<ClusterId>, Set<ClusterId>> unknownClusters) {
        List<Problem> problems = new ArrayList<>();
        Map.of("platform", Optional.ofNullable(platform), "deployment", Optional.ofNullable(deployment), "project",
                Optional.ofNullable(project)).forEach((part, value) -> {
                    if (value.isPresent() && !isEmpty(value.get())) {
                        problems.add(invalid(field + "." + part, "Role assignments of type " + part
                                + " are not supported here; use organization or cloud_connected_resource"));
                    }
                });
        List<RoleAssignment> assignments = new ArrayList<>();
        Set<ClusterId> named = new LinkedHashSet<>();
        List<OrganizationRole> orgRoles = organization == null ? List.of() : organization;
        for (int i = 0; i < orgRoles.size(); i++) {
            readOrganizationRole(org, orgRoles.get(i), field + ".organization[" + i + "]", problems)
                    .ifPresent(assignments::add);
        }
        List<ClusterRole> clusterRoles = cloudConnectedResource == null ? List.of() : cloudConnectedResource;
        for (int i = 0; i < clusterRoles.size(); i++) {
            readClusterRole(org, clusterRoles.get(i), field + ".cloud_connected_resource[" + i + "]", named, problems)
                    .ifPresent(assignments::add);
        }
        unknownClusters.apply(named).forEach(id -> problems.add(unknownCluster(id.toString())));
        if (problems.isEmpty() && assignments.isEmpty()) {
            problems.add(invalid(field, "At least one role is required"));
        }
        return new Parsed(problems.isEmpty() ? assignments : List.of(), problems);
    }

    /** The assignments read, or (never both) the problems found. */
    record Parsed(List<RoleAssignment> assignments, List<Problem> problems) {

        List<RoleAssignment> orThrow() {
            if (!problems.isEmpty()) {
                throw new InvalidRequest(problems);
            }
            return assignments;
        }

        static Parsed missing(String field) {
            return new Parsed(List.of(), List.of(invalid(field, "At least one role is required")));
        }
    }

    private static Optional<RoleAssignment> readOrganizationRole(OrganizationId org, @Nullable OrganizationRole role,
            String at, List<Problem> problems) {
        if (role == null || !Role.ORGANIZATION_OWNER.apiId().equals(role.roleId())) {
            problems.add(invalid(at + ".role_id", "Organization roles: organization-admin"));
            return Optional.empty();
        }
        if (!org.toString().equals(role.organizationId())) {
            problems.add(invalid(at + ".organization_id", "organization_id must be this organization's id"));
            return Optional.empty();
        }
        return Optional.of(RoleAssignment.owner());
    }

    private static Optional<RoleAssignment> readClusterRole(OrganizationId org, @Nullable ClusterRole role, String at,
            Set<ClusterId> named, List<Problem> problems) {
        Optional<Role> parsed = role == null ? Optional.empty()
                : Role.fromApiId(role.roleId() == null ? "" : role.roleId()).filter(Role::isClusterRole);
        if (parsed.isEmpty()) {
            problems.add(invalid(at + ".role_id", "Connected cluster roles: cloud-connected-admin, cloud-connected-viewer"));
            return Optional.empty();
        }
        if (!org.toString().equals(role.organizationId())) {
            problems.add(invalid(at + ".organization_id", "organization_id must be this organization's id"));
            return Optional.empty();
        }
        List<String> ids = role.resourceIds();
        if (Boolean.TRUE.equals(role.all())) {
            if (ids != null) {
                problems.add(invalid(at + ".resource_ids", "With all: true, leave resource_ids out"));
                return Optional.empty();
            }
            return Optional.of(RoleAssignment.onAllClusters(parsed.get()));
        }
        if (ids == null || ids.isEmpty()) {
            problems.add(invalid(at + ".resource_ids", "Name the clusters in resource_ids, or set all: true"));
            return Optional.empty();
        }
        Set<ClusterId> clusters = new LinkedHashSet<>();
        boolean allKnown = true;
        for (String id : ids) {
            Optional<ClusterId> cluster = id == null ? Optional.empty() : ClusterId.parse(id);
            if (cluster.isEmpty()) {
                problems.add(unknownCluster(String.valueOf(id)));
                allKnown = false;
            } else {
                clusters.add(cluster.get());
                named.add(cluster.get());
            }
        }
        return allKnown ? Optional.of(RoleAssignment.onClusters(parsed.get(), clusters))
                : Optional.empty();
    }

    private static boolean isEmpty(Object value) {
        return value instanceof List<?> list && list.isEmpty() || value instanceof Map<?, ?> map && map.isEmpty();
    }

    private static Problem unknownCluster(String id) {
        return Problem.of("clusters.not_found", "No cluster " + id + " in this organization", id);
    }

    private static Problem invalid(String field, String message) {
        return Problem.of("role_assignments.invalid", message, field);
    }
}
