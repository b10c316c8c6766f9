package io.gatehouse.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.FakeElasticsearch;
import io.gatehouse.support.Fixtures.Org;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class SamplePurgeIntegrationTests extends ApiIntegrationTest {

    @Autowired
    SamplePurge purge;

    @Test
    void deletesSamplesOlderThanTenDaysOnly() {
        Org org = fixtures.organization("Purge");
        var created = http.post("/api/v1/cloud-connected/clusters", org.owner().token(),
                java.util.Map.of("name", "p", "kind", "eck")).body();
        UUID cluster = UUID.fromString(created.path("id").asString());
        String token = created.path("agent_token").asString();
        assertThat(report(token).status()).isEqualTo(202);
        clock.advance(Duration.ofDays(10).minusMinutes(1));
        assertThat(report(token).status()).isEqualTo(202);

        clock.advance(Duration.ofMinutes(2));
        purge.purge();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM node_samples WHERE cluster_id = ?").param(cluster).query(Long.class)
                .single()).as("the first report's 3 samples are gone, the second's stay").isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cluster_reports WHERE cluster_id = ?").param(cluster)
                .query(Long.class).single()).isEqualTo(1);
    }

    private io.gatehouse.support.Http.Response report(String token) {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode body = json.createObjectNode();
        body.set("cluster", FakeElasticsearch.recorded("root.json"));
        body.set("health", FakeElasticsearch.recorded("cluster-health.json"));
        body.set("nodes_stats", FakeElasticsearch.recorded("nodes-stats.json"));
        body.put("collected_at", clock.instant().toString());
        return http.post("/api/v1/agent/reports", token, json.writeValueAsString(body));
    }
}
