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
            "PUT /api/v1/users/{user}/role_assignments",
            "GET /api/v1/organizations/{org}/invitations", "POST /api/v1/organizations/{org}/invitations",
            "POST /api/v1/organizations/{org}/invitations/{invitation}/_resend",
            "DELETE /api/v1/organizations/{org}/invitations/{invitation}",
            "POST /api/v1/organizations/{myorg}/invitations/{invitation}/_resend",
            "DELETE /api/v1/organizations/{myorg}/invitations/{invitation}",
            "GET /api/v1/cloud-connected/clusters/{cluster}/events",
            "GET /api/v1/cloud-connected/clusters/{cluster}/events/{invitation}",
            "GET /api/v1/cloud-connected/clusters/{cluster}/reports",
            "GET /api/v1/cloud-connected/clusters/{cluster}/customizations",
            "PUT /api/v1/cloud-connected/clusters/{cluster}/customizations",
            "GET /api/v1/organizations/{org}/notifications", "PUT /api/v1/organizations/{org}/notifications",
            "GET /api/v1/organizations/{org}/notifications/deliveries" })
    void answersForeignIdsExactlyAsUnknownOnes(String route) {
        Org mine = fixtures.organization("Mine");
        ClusterId myCluster = fixtures.cluster(mine, "mine");
        Org theirs = fixtures.organization("Theirs");
        ClusterId theirCluster = fixtures.cluster(theirs, "theirs");

        Response invited = http.post("/api/v1/organizations/" + theirs.id() + "/invitations", theirs.owner().token(),
                Map.of("emails", List.of(io.gatehouse.support.Fixtures.uniqueEmail("theirs")), "role_assignments",
                        roles(theirs)));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        String theirInvitation = invited.body().path("invitations").path(0).path("id").asString();

        Response foreign = call(mine, route, new Ids(theirs.id().toString(), theirCluster.toString(),
                theirs.owner().id().toString(), theirInvitation), myCluster);
        Response unknown = call(mine, route, new Ids(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), UUID.randomUUID().toString()), myCluster);

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

    /** The ids a route is called with: all of another organization, or all unknown. */
    private record Ids(String org, String cluster, String user, String invitation) {
    }

    private Response call(Org caller, String route, Ids ids, ClusterId myCluster) {
        String[] parts = route.split(" ");
        String path = parts[1].replace("{myorg}", caller.id().toString()).replace("{org}", ids.org())
                .replace("{cluster}", ids.cluster()).replace("{user}", ids.user())
                .replace("{invitation}", ids.invitation());
        if (route.contains("_explain")) {
            path = "/api/v1/organizations/" + ids.org() + "/access/_explain?action=view_events&cluster_id=" + myCluster;
        }
        return http.send(parts[0], path, caller.owner().token(), body(parts[0], path, caller));
    }

    /** A body the route would accept in the caller's own organization, so that only the foreign id is wrong. */
    private static Object body(String method, String path, Org caller) {
        if (path.contains("role_assignments")) {
            return method.equals("GET") ? null : roles(caller);
        }
        if (method.equals("PUT") && path.endsWith("/customizations")) {
            return Map.of("event_settings", List.of());
        }
        if (method.equals("PUT") && path.endsWith("/notifications")) {
            return Map.of("connectors", List.of(), "filters", List.of());
        }
        if (method.equals("POST") && path.endsWith("/invitations")) {
            return Map.of("emails", List.of("someone@example.com"), "role_assignments", roles(caller));
        }
        return method.equals("PUT") || method.equals("PATCH") ? Map.of("name", "taken over") : null;
    }

    private static Map<String, Object> roles(Org caller) {
        // An assignment in the caller's own terms: only the id in the path is foreign.
        return Map.of("cloud_connected_resource",
                List.of(Map.of("role_id", "cloud-connected-viewer", "organization_id", caller.id().toString(), "all", true)));
    }
}
