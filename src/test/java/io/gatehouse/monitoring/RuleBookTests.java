package io.gatehouse.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RuleBookTests {

    private static NodeStats node(String id, double cpu, double heap, double disk) {
        return new NodeStats(id, "es-" + id, cpu, heap, disk, 1.0, 10L, 100L, 100L);
    }

    private static Observation observe(List<NodeStats> history, ClusterHealth health, Double low, Double high) {
        NodeStats latest = history.get(history.size() - 1);
        AgentReport report = new AgentReport(Instant.parse("2026-01-01T00:00:00Z"), "8.13.4", health, List.of(latest),
                low, high, List.of());
        return new Observation(report, Map.of(latest.id(), history));
    }

    private static final ClusterHealth GREEN = new ClusterHealth("green", 1, 10, 0);

    private static List<NodeStats> cpu(double... values) {
        List<NodeStats> history = new ArrayList<>();
        for (double v : values) {
            history.add(node("a", v, 50, 40));
        }
        return history;
    }

    @Test
    void highCpuNeedsEveryOneOfTheLastFiveSamplesAtOrAboveEightyPercent() {
        Customizations defaults = Customizations.defaults();
        assertThat(RuleBook.evaluate(observe(cpu(80, 90, 95, 99, 80), GREEN, null, null), defaults))
                .extracting(Finding::type).containsExactly(EventType.HIGH_CPU);
        assertThat(RuleBook.evaluate(observe(cpu(90, 90, 79.9, 99, 99), GREEN, null, null), defaults)).isEmpty();
        assertThat(RuleBook.evaluate(observe(cpu(99, 99, 99, 99), GREEN, null, null), defaults))
                .as("four samples are not enough").isEmpty();
    }

    @Test
    void customizedThresholdsAndDisabledRulesApply() {
        Customizations custom = Customizations.validate(List.of(
                new Customizations.Requested("high_cpu", true, Map.of("cpu_percent", 95, "samples", 2)),
                new Customizations.Requested("high_heap", false, null)));
        assertThat(RuleBook.evaluate(observe(cpu(50, 96, 97), GREEN, null, null), custom))
                .extracting(Finding::type).containsExactly(EventType.HIGH_CPU);
        assertThat(RuleBook.evaluate(observe(cpu(50, 94, 97), GREEN, null, null), custom)).isEmpty();
        List<NodeStats> heavyHeap = List.of(node("a", 1, 99, 1), node("a", 1, 99, 1), node("a", 1, 99, 1));
        assertThat(RuleBook.evaluate(observe(heavyHeap, GREEN, null, null), custom)).isEmpty();
        assertThat(RuleBook.evaluate(observe(heavyHeap, GREEN, null, null), Customizations.defaults()))
                .extracting(Finding::type, Finding::severity).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EventType.HIGH_HEAP, Severity.HIGH));
    }

    @Test
    void diskRulesUseTheClustersWatermarksUnlessCustomized() {
        List<NodeStats> disk = List.of(node("a", 1, 1, 82));
        assertThat(RuleBook.evaluate(observe(disk, GREEN, null, null), Customizations.defaults())).isEmpty();
        assertThat(RuleBook.evaluate(observe(disk, GREEN, 80.0, 95.0), Customizations.defaults()))
                .extracting(Finding::type).containsExactly(EventType.DISK_WATERMARK_LOW);
        List<NodeStats> full = List.of(node("a", 1, 1, 91));
        assertThat(RuleBook.evaluate(observe(full, GREEN, null, null), Customizations.defaults()))
                .as("above the high watermark: only the high event").extracting(Finding::type)
                .containsExactly(EventType.DISK_WATERMARK_HIGH);
        Customizations custom = Customizations.validate(List.of(
                new Customizations.Requested("disk_watermark_low", true, Map.of("disk_percent", 90)),
                new Customizations.Requested("disk_watermark_high", true, Map.of("disk_percent", 97))));
        assertThat(RuleBook.evaluate(observe(full, GREEN, 80.0, 85.0), custom)).extracting(Finding::type)
                .containsExactly(EventType.DISK_WATERMARK_LOW);
    }

    @Test
    void healthRulesAreClusterWide() {
        ClusterHealth red = new ClusterHealth("red", 1, 3, 2);
        List<Finding> findings = RuleBook.evaluate(observe(cpu(1), red, null, null), Customizations.defaults());
        assertThat(findings).extracting(Finding::type)
                .containsExactlyInAnyOrder(EventType.CLUSTER_STATUS_RED, EventType.UNASSIGNED_SHARDS);
        assertThat(findings).allSatisfy(f -> assertThat(f.nodeKey()).isEmpty());
    }
}
