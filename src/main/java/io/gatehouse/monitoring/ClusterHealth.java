package io.gatehouse.monitoring;

/** The cluster-wide part of a report, from {@code _cluster/health}. */
public record ClusterHealth(String status, int numberOfNodes, int activeShards, int unassignedShards) {
}
