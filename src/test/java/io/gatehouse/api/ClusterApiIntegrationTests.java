package io.gatehouse.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gatehouse.access.AccessSnapshot;
import io.gatehouse.access.Authorizer;
import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.cluster.ClusterService;
import io.gatehouse.membership.RoleAssignmentService;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.Forbidden;
import io.gatehouse.shared.Secret;
import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.Fixtures.Org;
import io.gatehouse.support.Fixtures.Person;
import io.gatehouse.support.Http.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class ClusterApiIntegrationTests extends ApiIntegrationTest {

    @Autowired
    Authorizer authorizer;

    @Autowired
    ClusterService clusterService;

    @Autowired
    RoleAssignmentService roleAssignments;

    @Autowired
    TransactionTemplate transactions;

    /** The request's roles were read before an owner demoted the caller; connecting reads them again, locked. */
    @Test
    void anAdminDemotedWhileConnectingIsRefusedAndGetsNoGrant() {
        Org org = fixtures.organization("Demoted midway");
        ClusterId eu = fixtures.cluster(org, "eu");
        Person admin = fixtures.member(org, RoleAssignment.onClusters(Role.CLUSTER_ADMIN, List.of(eu)));
        AccessSnapshot before = authorizer.snapshotOf(admin.id());
        transactions.executeWithoutResult(tx -> roleAssignments.replace(org.id(), admin.id(),
                List.of(RoleAssignment.onClusters(Role.CLUSTER_VIEWER, List.of(eu)))));

        assertThatThrownBy(() -> clusterService.connect(org.id(), before, "sneaky", "eck"))
                .isInstanceOf(Forbidden.class);

        assertThat(clusterService.count(org.id())).isEqualTo(1);
        assertThat(authorizer.snapshotOf(admin.id()).assignments())
                .containsExactly(RoleAssignment.onClusters(Role.CLUSTER_VIEWER, List.of(eu)));
    }

    private static final String CLUSTERS = "/api/v1/cloud-connected/clusters";

    @Test
    void connectsAPendingClusterAndShowsItsAgentTokenOnce() {
        Org org = fixtures.organization("Connect");

        Response connected = http.post(CLUSTERS, org.owner().token(), Map.of("name", "prod-eu", "kind", "eck"));

        assertThat(connected.status()).isEqualTo(201);
        JsonNode cluster = connected.body();
        assertThat(cluster.path("status").asString()).isEqualTo("pending");
        assertThat(cluster.path("kind").asString()).isEqualTo("eck");
        String token = cluster.path("agent_token").asString();
        assertThat(token).startsWith(cluster.path("id").asString() + ".");
        Response fetched = http.get(CLUSTERS + "/" + cluster.path("id").asString(), org.owner().token());
        assertThat(fetched.body().has("agent_token")).isFalse();
        assertThat(fetched.body().path("name").asString()).isEqualTo("prod-eu");
        String stored = jdbc.sql("SELECT agent_token_hash FROM clusters WHERE id = ?")
                .param(java.util.UUID.fromString(cluster.path("id").asString())).query(String.class).single();
        assertThat(stored).isEqualTo(Secret.sha256(token)).doesNotContain(token.substring(token.indexOf('.') + 1));
    }

    @Test
    void refusesBadConnectRequests() {
        Org org = fixtures.organization("Bad");

        Response kind = http.post(CLUSTERS, org.owner().token(), Map.of("name", "x", "kind", "cloud"));
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.code()).isEqualTo("clusters.invalid_kind");
        assertThat(http.post(CLUSTERS, org.owner().token(), Map.of("kind", "ece")).code()).isEqualTo("clusters.invalid_name");
        assertThat(http.get(CLUSTERS, org.owner().token()).body().path("clusters")).isEmpty();
    }

    @Test
    void viewersCannotConnectOrDisconnect() {
        Org org = fixtures.organization("Viewers");
        ClusterId prod = fixtures.cluster(org, "prod");
        Person viewer = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));

        assertThat(http.post(CLUSTERS, viewer.token(), Map.of("name", "mine", "kind", "ece")).status()).isEqualTo(403);
        assertThat(http.delete(CLUSTERS + "/" + prod, viewer.token()).status()).isEqualTo(403);
        assertThat(http.post(CLUSTERS + "/" + prod + "/apikey/_rotate", viewer.token(), null).status()).isEqualTo(403);
        assertThat(http.get(CLUSTERS + "/" + prod, viewer.token()).status()).isEqualTo(200);
    }

    @Test
    void anAdminOnSelectedClustersGetsTheClusterTheyConnect() {
        Org org = fixtures.organization("Selected");
        ClusterId existing = fixtures.cluster(org, "existing");
        Person admin = fixtures.member(org, RoleAssignment.onClusters(Role.CLUSTER_ADMIN, List.of(existing)));

        Response connected = http.post(CLUSTERS, admin.token(), Map.of("name", "new", "kind", "self_managed"));

        assertThat(connected.status()).isEqualTo(201);
        String id = connected.body().path("id").asString();
        JsonNode selection = http.get("/api/v1/user", admin.token()).body().path("role_assignments")
                .path("cloud_connected_resource").path(0).path("resource_ids");
        assertThat(List.of(selection.path(0).asString(), selection.path(1).asString()))
                .containsExactlyInAnyOrder(existing.toString(), id);
        assertThat(http.get(CLUSTERS + "/" + id, admin.token()).status()).isEqualTo(200);
        assertThat(http.delete(CLUSTERS + "/" + id, admin.token()).status()).as("selected admins cannot disconnect")
                .isEqualTo(403);
    }

    @Test
    void listsOnlyTheClustersInTheCallersScope() {
        Org org = fixtures.organization("Scoped");
        // Lists are in connection order (then id): connect a millisecond apart so that the order is a, b, c.
        ClusterId a = fixtures.cluster(org, "a");
        clock.advance(Duration.ofMillis(1));
        ClusterId b = fixtures.cluster(org, "b");
        clock.advance(Duration.ofMillis(1));
        fixtures.cluster(org, "c");
        Person selected = fixtures.member(org, RoleAssignment.onClusters(Role.CLUSTER_VIEWER, List.of(b)));
        Person everywhere = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));
        Person roleless = fixtures.member(org);

        assertThat(names(http.get(CLUSTERS, org.owner().token()))).containsExactly("a", "b", "c");
        assertThat(names(http.get(CLUSTERS, everywhere.token()))).containsExactly("a", "b", "c");
        assertThat(names(http.get(CLUSTERS, selected.token()))).containsExactly("b");
        assertThat(names(http.get(CLUSTERS, roleless.token()))).isEmpty();
        Response outOfScope = http.get(CLUSTERS + "/" + a, selected.token());
        assertThat(outOfScope.status()).isEqualTo(403);
        assertThat(outOfScope.code()).isEqualTo("auth.forbidden");
    }

    @Test
    void pagesClustersInConnectionOrder() {
        Org org = fixtures.organization("Paging");
        for (String name : List.of("one", "two", "three")) {
            fixtures.cluster(org, name);
            clock.advance(Duration.ofMillis(1)); // distinct connection times: the order is theirs, not the ids'
        }
        Response first = http.get(CLUSTERS + "?size=2", org.owner().token());
        Response second = http.get(CLUSTERS + "?size=2&cursor=" + first.body().path("next_cursor").asString(),
                org.owner().token());

        assertThat(names(first)).containsExactly("one", "two");
        assertThat(names(second)).containsExactly("three");
        assertThat(second.body().has("next_cursor")).isFalse();
    }

    @Test
    void renamingNeedsCustomizeRights() {
        Org org = fixtures.organization("Rename");
        ClusterId prod = fixtures.cluster(org, "prod");
        Person selectedAdmin = fixtures.member(org, RoleAssignment.onClusters(Role.CLUSTER_ADMIN, List.of(prod)));
        Person allAdmin = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_ADMIN));

        assertThat(http.patch(CLUSTERS + "/" + prod, selectedAdmin.token(), Map.of("name", "x")).status()).isEqualTo(403);
        Response renamed = http.patch(CLUSTERS + "/" + prod, allAdmin.token(), Map.of("name", "production"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body().path("name").asString()).isEqualTo("production");
    }

    @Test
    void disconnectingDropsTheClusterFromEverySelection() {
        Org org = fixtures.organization("Disconnect");
        ClusterId a = fixtures.cluster(org, "a");
        ClusterId b = fixtures.cluster(org, "b");
        Person both = fixtures.member(org, RoleAssignment.onClusters(Role.CLUSTER_VIEWER, List.of(a, b)));
        Person onlyA = fixtures.member(org, RoleAssignment.onClusters(Role.CLUSTER_ADMIN, List.of(a)));

        assertThat(http.delete(CLUSTERS + "/" + a, org.owner().token()).status()).isEqualTo(200);

        assertThat(http.get(CLUSTERS + "/" + a, org.owner().token()).status()).isEqualTo(404);
        JsonNode bothRoles = http.get("/api/v1/user", both.token()).body().path("role_assignments")
                .path("cloud_connected_resource");
        assertThat(bothRoles).hasSize(1);
        assertThat(bothRoles.path(0).path("resource_ids")).hasSize(1);
        assertThat(bothRoles.path(0).path("resource_ids").path(0).asString()).isEqualTo(b.toString());
        assertThat(http.get("/api/v1/user", onlyA.token()).body().path("role_assignments").has("cloud_connected_resource"))
                .isFalse();
        assertThat(names(http.get(CLUSTERS, onlyA.token()))).isEmpty();
    }

    @Test
    void rotatingTheAgentTokenReplacesIt() {
        Org org = fixtures.organization("Rotate");
        Response connected = http.post(CLUSTERS, org.owner().token(), Map.of("name", "prod", "kind", "ece"));
        String id = connected.body().path("id").asString();

        Response rotated = http.post(CLUSTERS + "/" + id + "/apikey/_rotate", org.owner().token(), null);

        assertThat(rotated.status()).isEqualTo(200);
        String token = rotated.body().path("agent_token").asString();
        assertThat(token).startsWith(id + ".").isNotEqualTo(connected.body().path("agent_token").asString());
        assertThat(jdbc.sql("SELECT agent_token_hash FROM clusters WHERE id = ?").param(java.util.UUID.fromString(id))
                .query(String.class).single()).isEqualTo(Secret.sha256(token));
    }

    private static List<String> names(Response list) {
        List<String> names = new ArrayList<>();
        list.body().path("clusters").forEach(c -> names.add(c.path("name").asString()));
        return names;
    }
}
