package io.gatehouse.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The event rules as a pure function of an observation and the cluster's customizations. Node rules that look at
 * a window ({@code samples}) fire when every one of the node's last {@code samples} samples is at or above the
 * threshold, and stop at the first sample below it: an event needs a sustained condition to open, and closes as
 * soon as it is over. Disk rules use the cluster's own watermarks unless the threshold was customized.
 */
final class RuleBook {

    private RuleBook() {
    }

    /** How many recent samples per node the rules need at most. */
    static int window(Customizations customizations) {
        return (int) Math.max(customizations.of(EventType.HIGH_CPU).threshold("samples"),
                customizations.of(EventType.HIGH_HEAP).threshold("samples"));
    }

    static List<Finding> evaluate(Observation observation, Customizations customizations) {
        List<Finding> findings = new ArrayList<>();
        AgentReport report = observation.latest();
        RuleSetting cpu = customizations.of(EventType.HIGH_CPU);
        RuleSetting heap = customizations.of(EventType.HIGH_HEAP);
        RuleSetting low = customizations.of(EventType.DISK_WATERMARK_LOW);
        RuleSetting high = customizations.of(EventType.DISK_WATERMARK_HIGH);
        double lowPercent = watermark(low, report.lowWatermarkPercent());
        double highPercent = watermark(high, report.highWatermarkPercent());
        for (NodeStats node : report.nodes()) {
            List<NodeStats> recent = observation.recent(node.id());
            if (cpu.enabled()) {
                sustained(cpu, "cpu_percent", recent, NodeStats::cpuPercent, node, findings, "CPU",
                        "Find the expensive searches or indexing on this node (hot threads, slow logs), spread shards "
                                + "more evenly, or add CPU or nodes.");
            }
            if (heap.enabled()) {
                sustained(heap, "heap_percent", recent, NodeStats::heapPercent, node, findings, "JVM heap",
                        "Look for large aggregations, fielddata or too many shards on this node; reduce shard count, "
                                + "or give the node more memory (heap at most half of RAM, below 32 GB).");
            }
            Double disk = node.diskPercent();
            if (disk == null) {
                continue;
            }
            boolean aboveHigh = high.enabled() && disk >= highPercent;
            if (aboveHigh) {
                findings.add(disk(EventType.DISK_WATERMARK_HIGH, node, disk, highPercent,
                        "Elasticsearch moves shards away from this node. Free space now: delete old indices, add "
                                + "disk or nodes."));
            } else if (low.enabled() && disk >= lowPercent) {
                findings.add(disk(EventType.DISK_WATERMARK_LOW, node, disk, lowPercent,
                        "No new shards are allocated to this node. Delete or shrink old indices, or add disk, "
                                + "before the high watermark is reached."));
            }
        }
        health(report, customizations, findings);
        return findings;
    }

    private static void sustained(RuleSetting rule, String key, List<NodeStats> recent,
            Function<NodeStats, @Nullable Double> metric, NodeStats node, List<Finding> findings, String what,
            String recommendations) {
        double threshold = rule.threshold(key);
        int samples = (int) rule.threshold("samples");
        if (recent.size() < samples) {
            return;
        }
        List<NodeStats> window = recent.subList(recent.size() - samples, recent.size());
        for (NodeStats sample : window) {
            Double value = metric.apply(sample);
            if (value == null || value < threshold) {
                return;
            }
        }
        Double latest = metric.apply(node);
        findings.add(new Finding(rule.type(), node.id(), rule.type().severity(),
                "High " + what + " on node " + node.name(),
                what + " at or above " + percent(threshold) + " for the last " + samples + " samples (latest "
                        + percent(latest == null ? 0 : latest) + ")",
                recommendations, List.of(node.name())));
    }

    private static Finding disk(EventType type, NodeStats node, double disk, double watermark, String recommendations) {
        String which = type == EventType.DISK_WATERMARK_HIGH ? "high" : "low";
        return new Finding(type, node.id(), type.severity(), "Disk above the " + which + " watermark on node "
                + node.name(), "Disk " + percent(disk) + " used, " + which + " watermark " + percent(watermark),
                recommendations, List.of(node.name()));
    }

    private static void health(AgentReport report, Customizations customizations, List<Finding> findings) {
        ClusterHealth health = report.health();
        List<String> all = report.nodes().stream().map(NodeStats::name).toList();
        if (health.status().equals("yellow") && customizations.of(EventType.CLUSTER_STATUS_YELLOW).enabled()) {
            findings.add(new Finding(EventType.CLUSTER_STATUS_YELLOW, "", EventType.CLUSTER_STATUS_YELLOW.severity(),
                    "Cluster health is yellow", "Some replica shards are not allocated ("
                            + health.unassignedShards() + " unassigned shards)",
                    "Check why replicas cannot be allocated (GET _cluster/allocation/explain); add nodes or lower "
                            + "the number of replicas.", all));
        }
        if (health.status().equals("red") && customizations.of(EventType.CLUSTER_STATUS_RED).enabled()) {
            findings.add(new Finding(EventType.CLUSTER_STATUS_RED, "", EventType.CLUSTER_STATUS_RED.severity(),
                    "Cluster health is red", "At least one primary shard is not allocated: some data cannot be "
                            + "searched or written (" + health.unassignedShards() + " unassigned shards)",
                    "Find the unassigned primaries (GET _cluster/allocation/explain); bring back lost nodes or "
                            + "restore the indices from a snapshot.", all));
        }
        RuleSetting unassigned = customizations.of(EventType.UNASSIGNED_SHARDS);
        if (unassigned.enabled() && health.unassignedShards() >= unassigned.threshold("count")) {
            String listed = report.unassignedShards().isEmpty() ? ""
                    : ": " + String.join(", ", report.unassignedShards());
            findings.add(new Finding(EventType.UNASSIGNED_SHARDS, "", EventType.UNASSIGNED_SHARDS.severity(),
                    health.unassignedShards() + " unassigned shards",
                    truncate(health.unassignedShards() + " shards are unassigned" + listed, 3900),
                    "Ask the cluster why (GET _cluster/allocation/explain): disk watermarks, allocation filters or "
                            + "too few nodes for the replicas are the usual causes.", all));
        }
    }

    private static double watermark(RuleSetting rule, @Nullable Double fromCluster) {
        return rule.customized("disk_percent") || fromCluster == null ? rule.threshold("disk_percent") : fromCluster;
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f%%", value);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
