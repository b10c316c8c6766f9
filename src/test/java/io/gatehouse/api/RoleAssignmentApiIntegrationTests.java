package io.gatehouse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.Fixtures.Org;
import io.gatehouse.support.Fixtures.Person;
import io.gatehouse.support.Http.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RoleAssignmentApiIntegrationTests extends ApiIntegrationTest {

    @Test
    void ownersAddRolesOnSelectedClusters() {
        Org org = fixtures.organization("Roles");
        ClusterId prod = fixtures.cluster(org, "prod");
        Person member = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));

        Response added = http.post(path(member), org.owner().token(), clusterRole(org, "cloud-connected-admin", prod));

        assertThat(added.status()).isEqualTo(200);
        JsonNode roles = http.get("/api/v1/user", member.token()).body().path("role_assignments")
                .path("cloud_connected_resource");
        assertThat(roles).hasSize(2);
        assertThat(roles.path(0).path("role_id").asString()).isEqualTo("cloud-connected-admin");
        assertThat(roles.path(0).path("resource_ids").path(0).asString()).isEqualTo(prod.toString());
        assertThat(roles.path(1).path("role_id").asString()).isEqualTo("cloud-connected-viewer");
        assertThat(roles.path(1).path("all").asBoolean()).isTrue();
        assertThat(roles.path(1).has("resource_ids")).isFalse();
    }

    @Test
    void removesJustTheNamedClustersAndThenTheEmptyAssignment() {
        Org org = fixtures.organization("Trim");
        ClusterId a = fixtures.cluster(org, "a");
        ClusterId b = fixtures.cluster(org, "b");
        Person member = fixtures.member(org, RoleAssignment.onClusters(Role.CLUSTER_VIEWER, List.of(a, b)));

        assertThat(http.delete(path(member), org.owner().token(), clusterRole(org, "cloud-connected-viewer", a)).status())
                .isEqualTo(200);
        JsonNode left = http.get("/api/v1/user", member.token()).body().path("role_assignments")
                .path("cloud_connected_resource");
        assertThat(left).hasSize(1);
        assertThat(left.path(0).path("resource_ids")).hasSize(1);
        assertThat(left.path(0).path("resource_ids").path(0).asString()).isEqualTo(b.toString());

        http.delete(path(member), org.owner().token(), clusterRole(org, "cloud-connected-viewer", b));
        assertThat(http.get("/api/v1/user", member.token()).body().path("role_assignments").has("cloud_connected_resource"))
                .isFalse();
    }

    @Test
    void replacesAllAssignments() {
        Org org = fixtures.organization("Replace");
        Person member = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));

        Response replaced = http.put(path(member), org.owner().token(), Map.of("organization",
                List.of(Map.of("role_id", "organization-admin", "organization_id", org.id().toString()))));

        assertThat(replaced.status()).isEqualTo(200);
        JsonNode roles = http.get("/api/v1/user", member.token()).body().path("role_assignments");
        assertThat(roles.has("cloud_connected_resource")).isFalse();
        assertThat(roles.path("organization").path(0).path("role_id").asString()).isEqualTo("organization-admin");
    }

    @Test
    void refusesDemotingTheLastOwner() {
        Org org = fixtures.organization("Alone");

        Response demote = http.put("/api/v1/users/" + org.owner().id() + "/role_assignments", org.owner().token(),
                clusterRoleOnAll(org, "cloud-connected-admin"));
        Response remove = http.delete("/api/v1/users/" + org.owner().id() + "/role_assignments", org.owner().token(),
                Map.of("organization", List.of(Map.of("role_id", "organization-admin", "organization_id",
                        org.id().toString()))));

        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.code()).isEqualTo("organization.last_owner");
        assertThat(remove.code()).isEqualTo("organization.last_owner");
    }

    @Test
    void refusesUnknownAndForeignClusterIdsNamingEach() {
        Org org = fixtures.organization("Strict");
        Org other = fixtures.organization("Other");
        ClusterId foreign = fixtures.cluster(other, "theirs");
        Person member = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));
        String unknown = ClusterId.random().toString();

        Response refused = http.post(path(member), org.owner().token(), Map.of("cloud_connected_resource",
                List.of(Map.of("role_id", "cloud-connected-viewer", "organization_id", org.id().toString(), "all", false,
                        "resource_ids", List.of(foreign.toString(), unknown, "not-an-id")))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors")).hasSize(3);
        assertThat(refused.header("x-cloud-error-codes")).isEqualTo("clusters.not_found");
        assertThat(fieldsOf(refused)).containsExactlyInAnyOrder(foreign.toString(), unknown, "not-an-id");
    }

    @Test
    void refusesMalformedAssignments() {
        Org org = fixtures.organization("Malformed");
        ClusterId prod = fixtures.cluster(org, "prod");
        Person member = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));
        String orgId = org.id().toString();

        Response allWithIds = http.post(path(member), org.owner().token(), Map.of("cloud_connected_resource",
                List.of(Map.of("role_id", "cloud-connected-viewer", "organization_id", orgId, "all", true,
                        "resource_ids", List.of(prod.toString())))));
        assertThat(allWithIds.code()).isEqualTo("role_assignments.invalid");
        assertThat(fieldsOf(allWithIds)).containsExactly("role_assignments.cloud_connected_resource[0].resource_ids");

        Response unsupported = http.post(path(member), org.owner().token(), Map.of("deployment",
                List.of(Map.of("role_id", "deployment-viewer", "organization_id", orgId, "all", true))));
        assertThat(unsupported.status()).isEqualTo(400);
        assertThat(unsupported.code()).isEqualTo("role_assignments.invalid");
        assertThat(fieldsOf(unsupported)).containsExactly("role_assignments.deployment");

        assertThat(http.post(path(member), org.owner().token(), Map.of()).code()).isEqualTo("role_assignments.invalid");
        assertThat(http.post(path(member), org.owner().token(), clusterRoleOnAll(org, "cloud-connected-root")).code())
                .isEqualTo("role_assignments.invalid");
        Response noIds = http.post(path(member), org.owner().token(), Map.of("cloud_connected_resource",
                List.of(Map.of("role_id", "cloud-connected-viewer", "organization_id", orgId, "all", false))));
        assertThat(noIds.code()).isEqualTo("role_assignments.invalid");
        Response otherOrg = http.post(path(member), org.owner().token(), Map.of("organization",
                List.of(Map.of("role_id", "organization-admin", "organization_id", ClusterId.random().toString()))));
        assertThat(otherOrg.code()).isEqualTo("role_assignments.invalid");
        assertThat(http.post(path(member), org.owner().token(), "{\"organization\": 5}").code())
                .isEqualTo("request.invalid_json");

        JsonNode unchanged = http.get("/api/v1/user", member.token()).body().path("role_assignments");
        assertThat(unchanged.path("cloud_connected_resource")).hasSize(1);
        assertThat(unchanged.path("cloud_connected_resource").path(0).path("all").asBoolean()).isTrue();
    }

    @Test
    void onlyOwnersChangeRoles() {
        Org org = fixtures.organization("Guarded");
        Person admin = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_ADMIN));

        Response selfPromotion = http.post(path(admin), admin.token(), Map.of("organization",
                List.of(Map.of("role_id", "organization-admin", "organization_id", org.id().toString()))));

        assertThat(selfPromotion.status()).isEqualTo(403);
        assertThat(selfPromotion.code()).isEqualTo("auth.forbidden");
    }

    @Test
    void refusesMembersOfOtherOrganizations() {
        Org org = fixtures.organization("Ours");
        Org other = fixtures.organization("Theirs");

        Response foreign = http.post("/api/v1/users/" + other.owner().id() + "/role_assignments", org.owner().token(),
                clusterRoleOnAll(org, "cloud-connected-viewer"));

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("organization.membership_not_found");
    }

    private static List<String> fieldsOf(Response response) {
        List<String> fields = new java.util.ArrayList<>();
        response.body().path("errors").forEach(e -> e.path("fields").forEach(f -> fields.add(f.asString())));
        return fields;
    }

    private static String path(Person member) {
        return "/api/v1/users/" + member.id() + "/role_assignments";
    }

    static Map<String, Object> clusterRole(Org org, String role, ClusterId... clusters) {
        return Map.of("cloud_connected_resource", List.of(Map.of("role_id", role, "organization_id",
                org.id().toString(), "all", false, "resource_ids",
                java.util.Arrays.stream(clusters).map(ClusterId::toString).toList())));
    }

    static Map<String, Object> clusterRoleOnAll(Org org, String role) {
        return Map.of("cloud_connected_resource",
                List.of(Map.of("role_id", role, "organization_id", org.id().toString(), "all", true)));
    }
}
