package io.gatehouse.monitoring;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One round of an agent, parsed and validated: when it was collected, the cluster's version and health, every
 * node's stats, the disk watermarks the cluster is configured with (when they are percentages), and up to
 * {@link AgentReportParser#MAX_UNASSIGNED_LISTED} unassigned shards by name.
 */
public record AgentReport(Instant collectedAt, @Nullable String esVersion, ClusterHealth health, List<NodeStats> nodes,
        @Nullable Double lowWatermarkPercent, @Nullable Double highWatermarkPercent, List<String> unassignedShards) {

    public AgentReport {
        nodes = List.copyOf(nodes);
        unassignedShards = List.copyOf(unassignedShards);
    }
}
