package io.gatehouse.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gatehouse.shared.InvalidRequest;
import io.gatehouse.support.FakeElasticsearch;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Parses the recorded Elasticsearch bodies under src/test/resources/elasticsearch. */
class AgentReportParserTests {

    private static ObjectNode recordedReport() {
        ObjectNode body = JsonMapper.builder().build().createObjectNode();
        body.set("cluster", FakeElasticsearch.recorded("root.json"));
        body.set("health", FakeElasticsearch.recorded("cluster-health.json"));
        body.set("nodes_stats", FakeElasticsearch.recorded("nodes-stats.json"));
        body.set("settings", FakeElasticsearch.recorded("cluster-settings.json"));
        body.put("collected_at", "2026-01-01T00:00:00Z");
        return body;
    }

    @Test
    void readsVersionHealthNodesAndWatermarks() {
        AgentReport report = AgentReportParser.parse(recordedReport());
        assertThat(report.esVersion()).isEqualTo("8.13.4");
        assertThat(report.health().status()).isEqualTo("green");
        assertThat(report.nodes()).hasSize(3);
        NodeStats first = report.nodes().stream().filter(n -> n.name().equals("es-hot-1")).findFirst().orElseThrow();
        assertThat(first.cpuPercent()).isEqualTo(23.0);
        assertThat(first.heapPercent()).isEqualTo(61.0);
        assertThat(first.diskPercent()).isCloseTo(48.0, within(0.01));
        assertThat(first.indexTotal()).isEqualTo(812345678L);
        assertThat(report.lowWatermarkPercent()).isEqualTo(85.0);
        assertThat(report.highWatermarkPercent()).isEqualTo(90.0);
    }

    @Test
    void refusesReportsWithoutHealthOrNodes() {
        ObjectNode noHealth = recordedReport();
        noHealth.remove("health");
        assertThatThrownBy(() -> AgentReportParser.parse(noHealth)).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("health.status");
        ObjectNode noNodes = recordedReport();
        noNodes.remove("nodes_stats");
        assertThatThrownBy(() -> AgentReportParser.parse(noNodes)).isInstanceOf(InvalidRequest.class);
    }

    @Test
    void dropsControlCharactersFromNamesAndRefusesThemInNodeIds() {
        ObjectNode report = recordedReport();
        ObjectNode nodes = (ObjectNode) report.path("nodes_stats").path("nodes");
        String id = nodes.propertyNames().iterator().next();
        ((ObjectNode) nodes.get(id)).put("name", "es-\u0000hot\n");
        ((ObjectNode) report.path("cluster").path("version")).put("number", "8.\u000013");

        AgentReport parsed = AgentReportParser.parse(report);

        assertThat(parsed.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow().name())
                .isEqualTo("es-hot");
        assertThat(parsed.esVersion()).isEqualTo("8.13");
        nodes.set("bad\u0000id", nodes.get(id));
        assertThatThrownBy(() -> AgentReportParser.parse(report)).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("node id");
    }

    @Test
    void readsWatermarksAsPercentagesOrRatiosOnly() {
        assertThat(AgentReportParser.percent("85%")).isEqualTo(85.0);
        assertThat(AgentReportParser.percent("0.9")).isCloseTo(90.0, within(1e-9));
        assertThat(AgentReportParser.percent("500mb")).isNull();
    }
}
