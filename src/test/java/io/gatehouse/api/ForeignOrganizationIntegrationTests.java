package io.gatehouse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gatehouse.shared.ClusterId;
import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.Fixtures.Org;
import io.gatehouse.support.Http.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every endpoint that takes an id answers another organization's id exactly as an id that does not exist: 404
 * with the same code. Asked by an owner, who may do anything in their own organization.
 */
class ForeignOrganizationIntegrationTests extends ApiIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = { "GET /api/v1/organizations/{org}", "PUT /api/v1/organizations/{org}",
            "GET /api/v1/organizations/{org}/members", "DELETE /api/v1/organizations/{org}/members/{user}",
            "GET /api/v1/organizations/{org}/audit",
            "GET /api/v1/organizations/{org}/access/_explain?action=view_events&cluster_id={cluster}",
            "GET /api/v1/cloud-connected/clusters/{cluster}", "PATCH /api/v1/cloud-connected/clusters/{cluster}",
            "DELETE /api/v1/cloud-connected/clusters/{cluster}",
            "POST /api/v1/cloud-connected/clusters/{cluster}/apikey/_rotate",
            "POST /api/v1/users/{user}/role_assignments", "DELETE /api/v1/users/{user}/role_assignments",
            "PUT /api/v1/users/{user}/role_assignments" })
    void answersForeignIdsExactlyAsUnknownOnes(String route) {
        Org mine = fixtures.organization("Mine");
        ClusterId myCluster = fixtures.cluster(mine, "mine");
        Org theirs = fixtures.organization("Theirs");
        ClusterId theirCluster = fixtures.cluster(theirs, "theirs");

        Response foreign = call(mine, route, theirs.id().toString(), theirCluster.toString(),
                theirs.owner().id().toString(), myCluster);
        Response unknown = call(mine, route, UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), myCluster);

        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo(unknown.code());
        assertThat(foreign.body().path("errors").path(0).path("message").asString())
                .isEqualTo(unknown.body().path("errors").path(0).path("message").asString());
        assertThat(http.get("/api/v1/organizations/" + theirs.id(), theirs.owner().token()).body().path("name").asString())
                .as("nothing changed over there").isEqualTo("Theirs");
        assertThat(http.get("/api/v1/cloud-connected/clusters/" + theirCluster, theirs.owner().token()).status())
                .isEqualTo(200);
    }

    private Response call(Org caller, String route, String org, String cluster, String user, ClusterId myCluster) {
        String[] parts = route.split(" ");
        String path = parts[1].replace("{org}", org).replace("{cluster}", cluster).replace("{user}", user);
        if (route.contains("_explain")) {
            path = "/api/v1/organizations/" + org + "/access/_explain?action=view_events&cluster_id=" + myCluster;
        }
        Object body = switch (parts[0]) {
            case "PUT", "PATCH" -> path.contains("role_assignments") ? roles(caller) : Map.of("name", "taken over");
            case "POST", "DELETE" -> path.contains("role_assignments") ? roles(caller) : null;
            default -> null;
        };
        return http.send(parts[0], path, caller.owner().token(), body);
    }

    private static Map<String, Object> roles(Org caller) {
        return Map.of("cloud_connected_resource",
                List.of(Map.of("role_id", "cloud-connected-viewer", "organization_id", caller.id().toString(), "all", true)));
    }
}
