package io.gatehouse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.shared.PageRequest;
import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.Fixtures.Org;
import io.gatehouse.support.Fixtures.Person;
import io.gatehouse.support.Http.Response;
import org.junit.jupiter.api.Test;

class AuditApiIntegrationTests extends ApiIntegrationTest {

    private static final String CLUSTERS = "/api/v1/cloud-connected/clusters";

    @Test
    void recordsEveryMutationNewestFirstWithActorAndAddress() {
        Org org = fixtures.organization("Audited");
        Person leaver = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));
        Person removed = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));
        String owner = org.owner().token();
        String roles = "/api/v1/users/" + removed.id() + "/role_assignments";
        Map<String, Object> admin = RoleAssignmentApiIntegrationTests.clusterRoleOnAll(org, "cloud-connected-admin");

        http.put("/api/v1/organizations/" + org.id(), owner, Map.of("name", "Renamed"));
        String cluster = http.post(CLUSTERS, owner, Map.of("name", "prod", "kind", "ece")).body().path("id").asString();
        http.patch(CLUSTERS + "/" + cluster, owner, Map.of("name", "production"));
        http.post(CLUSTERS + "/" + cluster + "/apikey/_rotate", owner, null);
        http.post(roles, owner, admin);
        http.delete(roles, owner, admin);
        http.put(roles, owner, admin);
        http.delete(CLUSTERS + "/" + cluster, owner);
        http.delete("/api/v1/organizations/" + org.id() + "/members/" + removed.id(), owner);
        http.delete("/api/v1/organizations/" + org.id() + "/members/" + leaver.id(), leaver.token());

        Response audit = http.get("/api/v1/organizations/" + org.id() + "/audit", owner);
        assertThat(audit.status()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        audit.body().path("entries").forEach(e -> actions.add(e.path("action").asString()));
        assertThat(actions).containsExactly("member.left", "member.removed", "cluster.disconnected",
                "role_assignments.replaced", "role_assignments.removed", "role_assignments.added",
                "cluster.agent_token_rotated", "cluster.renamed", "cluster.connected", "organization.renamed");
        var newest = audit.body().path("entries").path(0);
        assertThat(newest.path("actor").path("user_id").asString()).isEqualTo(leaver.id().toString());
        assertThat(newest.path("actor").path("email").asString()).isEqualTo(leaver.email());
        assertThat(newest.path("ip").asString()).isEqualTo("127.0.0.1");
        assertThat(newest.path("target").asString()).isEqualTo("user:" + leaver.id());
        assertThat(audit.body().path("entries").path(9).path("details").asString()).contains("Renamed");
    }

    @Test
    void refusedChangesLeaveNoEntry() {
        Org org = fixtures.organization("Quiet");

        http.put("/api/v1/users/" + org.owner().id() + "/role_assignments", org.owner().token(),
                RoleAssignmentApiIntegrationTests.clusterRoleOnAll(org, "cloud-connected-viewer"));
        http.post(CLUSTERS, org.owner().token(), Map.of("name", "x", "kind", "nope"));

        assertThat(http.get("/api/v1/organizations/" + org.id() + "/audit", org.owner().token()).body().path("entries"))
                .isEmpty();
    }

    @Test
    void pagesNewestFirstForOwnersOnly() {
        Org org = fixtures.organization("Pages");
        Person admin = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_ADMIN));
        for (int i = 0; i < 3; i++) {
            http.put("/api/v1/organizations/" + org.id(), org.owner().token(), Map.of("name", "Name " + i));
        }
        String base = "/api/v1/organizations/" + org.id() + "/audit";

        Response first = http.get(base + "?size=2", org.owner().token());
        Response second = http.get(base + "?size=2&cursor=" + first.body().path("next_cursor").asString(),
                org.owner().token());

        assertThat(first.body().path("entries").path(0).path("details").asString()).endsWith("\"Name 2\"");
        assertThat(second.body().path("entries")).hasSize(1);
        assertThat(second.body().path("entries").path(0).path("details").asString()).endsWith("\"Name 0\"");
        assertThat(http.get(base, admin.token()).status()).isEqualTo(403);
    }

    @Test
    void refusesACursorItDidNotIssue() {
        Org org = fixtures.organization("Cursors");
        String base = "/api/v1/organizations/" + org.id() + "/audit?cursor=";
        for (String position : List.of("-5", "0", "x", "1|2", "99999999999999999999")) {
            Response bad = http.get(base + PageRequest.encode(position), org.owner().token());
            assertThat(bad.status()).as(position).isEqualTo(400);
            assertThat(bad.code()).as(position).isEqualTo("request.invalid_parameter");
        }
        assertThat(http.get(base + "%25%25", org.owner().token()).code()).isEqualTo("request.invalid_parameter");
    }
}
