package io.gatehouse.cluster;

/** The answer to connecting a cluster or rotating its token: the only time the agent token is shown. */
public record ConnectedClusterWithToken(ConnectedCluster cluster, String agentToken) {
}
