package io.gatehouse.monitoring;

import java.util.List;
import java.util.Map;

/**
 * What the rules look at: the latest report and, per node id, that node's most recent samples, oldest first and
 * ending with the latest report's (at most as many as the longest window of any rule).
 */
record Observation(AgentReport latest, Map<String, List<NodeStats>> recentByNode) {

    List<NodeStats> recent(String nodeId) {
        return recentByNode.getOrDefault(nodeId, List.of());
    }
}
