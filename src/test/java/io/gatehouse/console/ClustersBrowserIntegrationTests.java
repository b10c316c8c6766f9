package io.gatehouse.console;

import java.util.List;
import java.util.Map;

import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.cluster.ClusterNotFound;
import io.gatehouse.cluster.ClusterService;
import io.gatehouse.cluster.ConnectedCluster;
import io.gatehouse.cluster.ConnectedClusterWithToken;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.support.BrowserIntegrationTest;
import io.gatehouse.support.Fixtures;
import io.gatehouse.support.Fixtures.Org;
import io.gatehouse.support.Fixtures.Person;
import io.gatehouse.support.Http.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static io.gatehouse.support.Fixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 5: what each person sees follows the permission table, and the server refuses it anyway. */
class ClustersBrowserIntegrationTests extends BrowserIntegrationTest {

    @Autowired
    ClusterService clusters;

    @Test
    void viewerSeesNoInviteNorDisconnectAndIsRefusedWhenPostingAnyway() {
        Org org = fixtures.organization("Viewers");
        ClusterId eu = fixtures.cluster(org, "prod-eu");
        Person viewer = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));
        browser.logIn(viewer.email(), Fixtures.PASSWORD);

        browser.heading("Connected clusters");
        assertThat(browser.controlsNamed("Connect cluster")).isEmpty();
        assertThat(browser.controlsNamed("Organization")).isEmpty();
        browser.link("prod-eu").click();
        browser.heading("prod-eu");
        assertThat(browser.controlsNamed("Disconnect")).isEmpty();
        assertThat(browser.controlsNamed("Invite members")).isEmpty();

        browser.open("/organization/members");
        browser.heading("Not allowed");
        assertThat(browser.controlsNamed("Invite members")).isEmpty();

        String invitee = uniqueEmail("sneaky");
        browser.open("/");
        browser.postAnyway("/organization/invitations", Map.of("emails", invitee, "clusterAccess", "true"));
        browser.heading("Not allowed");
        assertThat(browser.text()).contains("403");
        assertThat(jdbc.sql("SELECT count(*) FROM invitations WHERE organization_id = ?").param(org.id().value())
                .query(Long.class).single()).isZero();

        browser.open("/clusters/" + eu);
        browser.postAnyway("/clusters/" + eu + "/disconnect", Map.of("confirmation", "prod-eu"));
        browser.heading("Not allowed");
        assertThat(clusters.get(org.id(), eu).name()).isEqualTo("prod-eu");
        browser.screenshot("forbidden");
    }

    @Test
    void ownerConnectsAClusterSeesItsAgentCommandOnceAndDisconnectsItByTypingItsName() {
        Org org = fixtures.organization("Connectors");
        browser.open("/clusters/new");
        assertThat(browser.path()).startsWith("/login");
        browser.field("Email").sendKeys(org.owner().email());
        browser.field("Password").sendKeys(Fixtures.PASSWORD);
        browser.press("Log in");
        browser.heading("Connect cluster");

        browser.open("/");
        assertThat(browser.text()).contains("No clusters yet — Connect cluster");
        browser.link("Connect cluster").click();
        browser.field("Name").sendKeys("prod-new");
        browser.select("Kind", "Elastic Cloud on Kubernetes (ECK)");
        browser.press("Connect cluster");
        browser.heading("Cluster connected");
        String command = browser.field("Command to start the agent").getAttribute("value");
        String token = browser.field("Agent token").getAttribute("value");
        assertThat(command).startsWith("gatehouse agent --es-url ").contains(" --url http").endsWith(" --token " + token);
        browser.screenshot("cluster-connected");
        ClusterId id = ClusterId.parse(browser.path().substring("/clusters/".length())).orElseThrow();

        // The page of the token takes the cluster's address: reloading it connects nothing more and shows no token.
        browser.reload();
        browser.heading("prod-new");
        assertThat(clustersOf(org)).isEqualTo(1);
        assertThat(browser.html()).doesNotContain(token);
        assertThat(browser.text()).contains("eck").contains("pending");
        browser.field("Type prod-new to confirm").sendKeys("prod-old");
        browser.press("Disconnect");
        assertThat(browser.text()).contains("Type the cluster's name, prod-new, exactly to disconnect it");
        assertThat(browser.field("Type prod-new to confirm").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(clusters.get(org.id(), id).name()).isEqualTo("prod-new");

        browser.field("Type prod-new to confirm").sendKeys("prod-new");
        browser.press("Disconnect");
        browser.heading("Connected clusters");
        assertThat(browser.text()).contains("Disconnected prod-new.").contains("No clusters yet");
        assertThatThrownBy(() -> clusters.get(org.id(), id)).isInstanceOf(ClusterNotFound.class);
    }

    @Test
    void adminRotatesTheAgentTokenFromTheClusterPageAndTheOldTokenStopsAtOnce() {
        Org org = fixtures.organization("Rotators");
        ConnectedClusterWithToken connected = fixtures.clusterWithToken(org, "prod-eu");
        ConnectedCluster cluster = connected.cluster();
        Person admin = fixtures.member(org, RoleAssignment.onClusters(Role.CLUSTER_ADMIN, List.of(cluster.id())));
        assertThat(agentReport(connected.agentToken()).code()).isEqualTo("agent.invalid_report");
        browser.logIn(admin.email(), Fixtures.PASSWORD);
        browser.open("/clusters/" + cluster.id());
        browser.heading("Agent token");

        String question = browser.pressAndConfirm(browser.button("Rotate agent token"));

        assertThat(question).isEqualTo("Rotate the agent token of prod-eu? Its agent stops being accepted until it is "
                + "restarted with the new token.");
        browser.heading("Agent token rotated");
        String token = browser.field("Agent token").getAttribute("value");
        assertThat(token).isNotEqualTo(connected.agentToken());
        assertThat(browser.field("Command to start the agent").getAttribute("value")).endsWith(" --token " + token);
        assertThat(agentReport(connected.agentToken()).status()).isEqualTo(401);
        assertThat(agentReport(token).code()).isEqualTo("agent.invalid_report");
        assertThat(browser.path()).isEqualTo("/clusters/" + cluster.id());
    }

    @Test
    void viewerSeesNoRotationAndIsRefusedWhenPostingAnyway() {
        Org org = fixtures.organization("Viewers of tokens");
        ConnectedClusterWithToken connected = fixtures.clusterWithToken(org, "prod-eu");
        ConnectedCluster cluster = connected.cluster();
        Person viewer = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));
        browser.logIn(viewer.email(), Fixtures.PASSWORD);
        browser.open("/clusters/" + cluster.id());
        browser.heading("prod-eu");
        assertThat(browser.controlsNamed("Rotate agent token")).isEmpty();

        browser.postAnyway("/clusters/" + cluster.id() + "/agent-token", Map.of());

        browser.heading("Not allowed");
        assertThat(agentReport(connected.agentToken()).code()).isEqualTo("agent.invalid_report");
    }

    @Test
    void anotherOrganizationsClusterTokenCannotBeRotatedThroughTheForm() {
        Org org = fixtures.organization("Rotating neighbours");
        Org other = fixtures.organization("Neighbours");
        ConnectedClusterWithToken theirs = fixtures.clusterWithToken(other, "theirs");
        browser.logIn(org.owner().email(), Fixtures.PASSWORD);
        browser.open("/");

        browser.postAnyway("/clusters/" + theirs.cluster().id() + "/agent-token", Map.of());

        browser.heading("Not found");
        assertThat(agentReport(theirs.agentToken()).code()).isEqualTo("agent.invalid_report");
    }

    /** A report the agent API authenticates and then refuses as malformed: tells a live token from a dead one. */
    private Response agentReport(String token) {
        return http.post("/api/v1/agent/reports", token, Map.of("collected_at", "yesterday"));
    }

    private long clustersOf(Org org) {
        return jdbc.sql("SELECT count(*) FROM clusters WHERE organization_id = ?").param(org.id().value())
                .query(Long.class).single();
    }
}
