package io.gatehouse.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Option;

/** {@code --role viewer|admin|owner --clusters all|ID,ID}, turned into Elastic Cloud role assignments. */
class RoleOptions {

    enum RoleName { viewer, admin, owner }

    @Option(names = "--role", required = true, description = "viewer, admin or owner")
    RoleName role = RoleName.viewer;

    @Option(names = "--clusters", defaultValue = "all",
            description = "all (default; also clusters connected later) or cluster ids separated by commas")
    String clusters = "all";

    Map<String, Object> roleAssignments(String organizationId) {
        if (role == RoleName.owner) {
            return Map.of("organization", List.of(Map.of("role_id", "organization-admin", "organization_id",
                    organizationId)));
        }
        String roleId = role == RoleName.admin ? "cloud-connected-admin" : "cloud-connected-viewer";
        Map<String, Object> assignment = clusters.equals("all")
                ? Map.of("role_id", roleId, "organization_id", organizationId, "all", true)
                : Map.of("role_id", roleId, "organization_id", organizationId, "all", false, "resource_ids",
                        Arrays.stream(clusters.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        return Map.of("cloud_connected_resource", List.of(assignment));
    }
}
