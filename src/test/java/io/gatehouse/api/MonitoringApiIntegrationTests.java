package io.gatehouse.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.agent.Agent;
import io.gatehouse.agent.AgentCommand;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.FakeElasticsearch;
import io.gatehouse.support.Fixtures;
import io.gatehouse.support.Fixtures.Org;
import io.gatehouse.support.Fixtures.Person;
import io.gatehouse.support.Http.Response;
import io.gatehouse.support.Mailbox;
import io.gatehouse.support.WebhookReceiver;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Issue 6: from a cluster's agent to events, reports, customizations and notifications, behind the permissions. */
class MonitoringApiIntegrationTests extends ApiIntegrationTest {

    private static final String CLUSTERS = "/api/v1/cloud-connected/clusters";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FakeElasticsearch elasticsearch = new FakeElasticsearch();
    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stopServers() {
        elasticsearch.close();
        receiver.close();
    }

    record Connected(String id, String token) {
    }

    private Connected connect(Org org, String name) {
        Response created = http.post(CLUSTERS, org.owner().token(), Map.of("name", name, "kind", "self_managed"));
        assertThat(created.status()).isEqualTo(201);
        return new Connected(created.body().path("id").asString(), created.body().path("agent_token").asString());
    }

    private Agent agent(String token) throws Exception {
        return AgentCommand.fromArguments(clock, "--es-url", elasticsearch.url(), "--url", "http://127.0.0.1:" + port,
                "--token", token, "--interval", "10s");
    }

    /** Rounds 10 seconds apart on the shared test clock, as the agent would run them. */
    private void rounds(Agent agent, int n) {
        for (int i = 0; i < n; i++) {
            clock.advance(Duration.ofSeconds(10));
            agent.round();
        }
    }

    private JsonNode events(Connected cluster, String token, String query) {
        Response response = http.get(CLUSTERS + "/" + cluster.id() + "/events" + query, token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body().path("events");
    }

    @Test
    void highCpuOpensAnEventNotifiesByEmailAndSignedWebhookAndClosesWhenLoadFalls() throws Exception {
        Org org = fixtures.organization("Cpu");
        Connected cluster = connect(org, "logs-prod");
        String recipient = Fixtures.uniqueEmail("oncall");
        Response saved = http.put("/api/v1/organizations/" + org.id() + "/notifications", org.owner().token(), Map.of(
                "connectors", List.of(
                        Map.of("id", "7d1f0a52-5b55-4c1e-9a43-1f4c4b3a2c01", "type", "email", "name", "on-call",
                                "recipients", List.of(recipient)),
                        Map.of("id", "7d1f0a52-5b55-4c1e-9a43-1f4c4b3a2c02", "type", "webhook", "url", receiver.url())),
                "filters", List.of(
                        Map.of("connector_id", "7d1f0a52-5b55-4c1e-9a43-1f4c4b3a2c01", "event_types", List.of("high_cpu")),
                        Map.of("connector_id", "7d1f0a52-5b55-4c1e-9a43-1f4c4b3a2c02", "min_severity", "medium"))));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        String secret = saved.body().path("connectors").path(1).path("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(http.get("/api/v1/organizations/" + org.id() + "/notifications", org.owner().token()).body()
                .path("connectors").path(1).has("secret")).as("the secret is shown once").isFalse();
        Agent agent = agent(cluster.token());

        rounds(agent, 1);
        JsonNode connected = http.get(CLUSTERS + "/" + cluster.id(), org.owner().token()).body();
        assertThat(connected.path("status").asString()).isEqualTo("connected");
        assertThat(connected.path("es_version").asString()).isEqualTo("8.13.4");
        assertThat(connected.path("last_report_at").asString()).isNotEmpty();

        elasticsearch.cpu("es-hot-1", 96);
        rounds(agent, 4);
        assertThat(events(cluster, org.owner().token(), "")).as("4 samples are not yet sustained").isEmpty();
        rounds(agent, 1);
        JsonNode open = events(cluster, org.owner().token(), "?status=open");
        assertThat(open).hasSize(1);
        assertThat(open.path(0).path("type").asString()).isEqualTo("high_cpu");
        assertThat(open.path(0).path("severity").asString()).isEqualTo("medium");
        assertThat(open.path(0).path("nodes").path(0).asString()).isEqualTo("es-hot-1");
        assertThat(open.path(0).path("details").asString()).contains("80%").contains("5 samples").contains("96%");
        String eventId = open.path(0).path("id").asString();

        MimeMessage opened = mailbox.awaitMessage(recipient, 1);
        assertThat(Mailbox.subject(opened)).contains("Opened").contains("High CPU on node es-hot-1").contains("logs-prod");
        assertThat(Mailbox.part(opened, "text/plain")).contains("/clusters/" + cluster.id() + "/events/" + eventId);
        WebhookReceiver.Call hook = receiver.await(1);
        assertThat(hook.header("X-Gatehouse-Signature")).isEqualTo("sha256=" + hmac(secret, hook.body()));
        JsonNode body = JSON.readTree(hook.body());
        assertThat(body.path("cluster_id").asString()).isEqualTo(cluster.id());
        assertThat(body.path("cluster_name").asString()).isEqualTo("logs-prod");
        assertThat(body.path("title").asString()).isEqualTo("High CPU on node es-hot-1");
        assertThat(body.path("severity").asString()).isEqualTo("medium");
        assertThat(body.path("status").asString()).isEqualTo("open");
        assertThat(body.path("opened_at").asString()).isNotEmpty();
        assertThat(body.has("closed_at")).isFalse();
        assertThat(body.path("nodes").path(0).asString()).isEqualTo("es-hot-1");
        assertThat(body.path("link").asString()).endsWith("/clusters/" + cluster.id() + "/events/" + eventId);

        elasticsearch.cpu("es-hot-1", 12);
        rounds(agent, 1);
        JsonNode closed = http.get(CLUSTERS + "/" + cluster.id() + "/events/" + eventId, org.owner().token()).body();
        assertThat(closed.path("status").asString()).isEqualTo("closed");
        assertThat(closed.path("closed_at").asString()).isNotEmpty();
        assertThat(events(cluster, org.owner().token(), "?status=open")).isEmpty();
        assertThat(Mailbox.subject(mailbox.awaitMessage(recipient, 2))).contains("Closed");
        WebhookReceiver.Call closing = receiver.await(2);
        assertThat(closing.header("X-Gatehouse-Signature")).isEqualTo("sha256=" + hmac(secret, closing.body()));
        assertThat(JSON.readTree(closing.body()).path("status").asString()).isEqualTo("closed");
        assertThat(JSON.readTree(closing.body()).path("closed_at").asString()).isNotEmpty();

        io.gatehouse.support.Eventually.until("4 deliveries logged as delivered", Duration.ofSeconds(10), () -> http
                .get("/api/v1/organizations/" + org.id() + "/notifications/deliveries", org.owner().token()).body()
                .path("deliveries").valueStream().filter(d -> d.path("status").asString().equals("delivered"))
                .count() == 4);
    }

    @Test
    void aRaisedThresholdClosesTheEventWithTheNextReport() throws Exception {
        Org org = fixtures.organization("Threshold");
        Connected cluster = connect(org, "metrics");
        Agent agent = agent(cluster.token());
        elasticsearch.cpu("es-hot-2", 90);
        rounds(agent, 5);
        assertThat(events(cluster, org.owner().token(), "?status=open")).hasSize(1);

        Response raised = http.put(CLUSTERS + "/" + cluster.id() + "/customizations", org.owner().token(), Map.of(
                "event_settings", List.of(Map.of("type", "high_cpu", "thresholds", Map.of("cpu_percent", 95)))));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(200);
        rounds(agent, 1);

        assertThat(events(cluster, org.owner().token(), "?status=open")).isEmpty();
        assertThat(events(cluster, org.owner().token(), "?status=closed")).hasSize(1);
        rounds(agent, 5);
        assertThat(events(cluster, org.owner().token(), "?status=open")).as("90 % stays below 95 %").isEmpty();
        JsonNode audit = http.get("/api/v1/organizations/" + org.id() + "/audit", org.owner().token()).body();
        assertThat(audit.path("entries").valueStream().map(e -> e.path("action").asString()))
                .contains("cluster.customizations_changed");
    }

    @Test
    void disablingARuleAndHealthRulesFollowTheCluster() throws Exception {
        Org org = fixtures.organization("Health");
        Connected cluster = connect(org, "search");
        Agent agent = agent(cluster.token());
        elasticsearch.health("yellow", 3);
        rounds(agent, 1);
        assertThat(events(cluster, org.owner().token(), "?status=open").valueStream().map(e -> e.path("type").asString()))
                .containsExactlyInAnyOrder("cluster_status_yellow", "unassigned_shards");

        http.put(CLUSTERS + "/" + cluster.id() + "/customizations", org.owner().token(), Map.of("event_settings",
                List.of(Map.of("type", "unassigned_shards", "enabled", false))));
        elasticsearch.health("red", 3);
        rounds(agent, 1);

        assertThat(events(cluster, org.owner().token(), "?status=open").valueStream().map(e -> e.path("type").asString()))
                .containsExactly("cluster_status_red");
    }

    @Test
    void viewersInScopeSeeEventsAndReportsAndOthersGet403() throws Exception {
        Org org = fixtures.organization("Scope");
        Connected watched = connect(org, "watched");
        Connected other = connect(org, "other");
        Person viewer = fixtures.member(org, RoleAssignment.onClusters(Role.CLUSTER_VIEWER,
                List.of(ClusterId.parse(watched.id()).orElseThrow())));
        Agent agent = agent(watched.token());
        rounds(agent, 3);

        assertThat(http.get(CLUSTERS + "/" + watched.id() + "/events", viewer.token()).status()).isEqualTo(200);
        java.time.Instant now = clock.instant();
        Response report = http.get(CLUSTERS + "/" + watched.id() + "/reports?interval=10s&from=" + now.minusSeconds(60)
                + "&to=" + now.plusSeconds(1), viewer.token());
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        JsonNode cpu = report.body().path("metrics").path("cpu_percent");
        assertThat(cpu.path("series")).as("one point per 10 s bucket").hasSize(3);
        assertThat(http.get(CLUSTERS + "/" + watched.id() + "/reports", viewer.token()).body().path("metrics")
                .path("cpu_percent").path("series")).as("the default 24 h range has 173 s buckets").hasSize(1);
        assertThat(cpu.path("mean").asDouble()).isCloseTo((23 + 19 + 27) / 3.0, within(0.01));
        assertThat(report.body().path("metrics").path("indexing_rate").path("max").asDouble())
                .as("3 nodes x 5,000 documents per 10 s (plus the real time a round takes)")
                .isCloseTo(1500, within(75.0));
        assertThat(http.get(CLUSTERS + "/" + watched.id() + "/customizations", viewer.token()).status()).isEqualTo(200);

        assertThat(http.get(CLUSTERS + "/" + other.id() + "/events", viewer.token()).status()).isEqualTo(403);
        assertThat(http.get(CLUSTERS + "/" + other.id() + "/reports", viewer.token()).status()).isEqualTo(403);
        assertThat(http.put(CLUSTERS + "/" + watched.id() + "/customizations", viewer.token(),
                Map.of("event_settings", List.of())).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/organizations/" + org.id() + "/notifications", viewer.token()).status())
                .isEqualTo(403);
        Org stranger = fixtures.organization("Stranger");
        assertThat(http.get(CLUSTERS + "/" + watched.id() + "/events", stranger.owner().token()).status())
                .isEqualTo(404);
    }

    @Test
    void refusesAThresholdOf140PercentAndStoresNothing() {
        Org org = fixtures.organization("Invalid");
        Connected cluster = connect(org, "c");

        Response refused = http.put(CLUSTERS + "/" + cluster.id() + "/customizations", org.owner().token(), Map.of(
                "event_settings", List.of(Map.of("type", "high_cpu", "thresholds", Map.of("cpu_percent", 140)),
                        Map.of("type", "no_such_rule"))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").valueStream().map(e -> e.path("code").asString()))
                .containsExactly("customizations.invalid_threshold", "customizations.unknown_event_type");
        assertThat(refused.body().path("errors").path(0).path("fields").path(0).asString())
                .isEqualTo("event_settings[0].thresholds.cpu_percent");
        JsonNode current = http.get(CLUSTERS + "/" + cluster.id() + "/customizations", org.owner().token()).body();
        assertThat(current.path("event_settings").path(0).path("thresholds").path("cpu_percent").asDouble()).isEqualTo(80);
    }

    @Test
    void aRotatedAgentTokenStopsAtOnce() throws Exception {
        Org org = fixtures.organization("Rotate");
        Connected cluster = connect(org, "c");
        assertThat(report(cluster.token(), clock.instant().toString()).status()).isEqualTo(202);

        String rotated = http.post(CLUSTERS + "/" + cluster.id() + "/apikey/_rotate", org.owner().token(), Map.of())
                .body().path("agent_token").asString();

        Response old = report(cluster.token(), clock.instant().plusSeconds(10).toString());
        assertThat(old.status()).isEqualTo(401);
        assertThat(old.code()).isEqualTo("auth.invalid_agent_token");
        assertThat(report(rotated, clock.instant().plusSeconds(10).toString()).status()).isEqualTo(202);
        assertThat(report(org.owner().token(), clock.instant().plusSeconds(20).toString()).status())
                .as("a user's token is no agent token").isEqualTo(401);
    }

    @Test
    void aClusterWideEventOfAClusterWithManyNodesListsThemAll() {
        Org org = fixtures.organization("Large");
        Connected cluster = connect(org, "large");
        ObjectNode nodes = JSON.createObjectNode();
        for (int i = 0; i < 300; i++) {
            nodes.putObject("node-" + i).put("name", "es-data-hot-zone-a-" + i);
        }
        ObjectNode body = JSON.createObjectNode().put("collected_at", clock.instant().toString());
        body.putObject("health").put("status", "yellow").put("number_of_nodes", 300).put("unassigned_shards", 0);
        body.putObject("nodes_stats").set("nodes", nodes);

        Response taken = http.post("/api/v1/agent/reports", cluster.token(), JSON.writeValueAsString(body));

        assertThat(taken.status()).as(taken.toString()).isEqualTo(202);
        JsonNode yellow = events(cluster, org.owner().token(), "?status=open").path(0);
        assertThat(yellow.path("type").asString()).isEqualTo("cluster_status_yellow");
        assertThat(yellow.path("nodes")).hasSize(300);
    }

    @Test
    void refusesReportsCollectedOutOfRange() {
        Org org = fixtures.organization("Range");
        Connected cluster = connect(org, "c");

        Response old = report(cluster.token(), clock.instant().minus(Duration.ofMinutes(61)).toString());
        Response future = report(cluster.token(), clock.instant().plus(Duration.ofMinutes(6)).toString());

        assertThat(old.status()).isEqualTo(400);
        assertThat(old.code()).isEqualTo("agent.report_out_of_range");
        assertThat(future.code()).isEqualTo("agent.report_out_of_range");
        assertThat(http.get(CLUSTERS + "/" + cluster.id(), org.owner().token()).body().path("status").asString())
                .isEqualTo("pending");
        Response malformed = http.post("/api/v1/agent/reports", cluster.token(), Map.of("collected_at", "yesterday"));
        assertThat(malformed.code()).isEqualTo("agent.invalid_report");
    }

    @Test
    void aRetriedReportIsTakenOnce() {
        Org org = fixtures.organization("Retry");
        Connected cluster = connect(org, "c");
        String at = clock.instant().toString();

        assertThat(report(cluster.token(), at).body().path("outcome").asString()).isEqualTo("evaluated");
        assertThat(report(cluster.token(), at).body().path("outcome").asString()).isEqualTo("duplicate");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM node_samples WHERE cluster_id = ?")
                .param(java.util.UUID.fromString(cluster.id())).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void disconnectingDeletesTheClustersData() throws Exception {
        Org org = fixtures.organization("Disconnect");
        Connected cluster = connect(org, "c");
        elasticsearch.health("red", 1);
        rounds(agent(cluster.token()), 2);

        assertThat(http.delete(CLUSTERS + "/" + cluster.id(), org.owner().token()).status()).isEqualTo(200);

        for (String table : List.of("node_samples", "cluster_reports", "monitoring_events")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE cluster_id = ?")
                    .param(java.util.UUID.fromString(cluster.id())).query(Long.class).single()).as(table).isZero();
        }
    }

    private Response report(String token, String collectedAt) {
        ObjectNode body = JSON.createObjectNode();
        body.set("cluster", FakeElasticsearch.recorded("root.json"));
        body.set("health", FakeElasticsearch.recorded("cluster-health.json"));
        body.set("nodes_stats", FakeElasticsearch.recorded("nodes-stats.json"));
        body.put("collected_at", collectedAt);
        return http.post("/api/v1/agent/reports", token, JSON.writeValueAsString(body));
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
