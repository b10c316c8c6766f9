package io.gatehouse.monitoring;

import java.util.List;

/**
 * A condition a rule sees in the latest report. {@code nodeKey} is the node's id for node rules and empty for
 * cluster rules: there is at most one open event per (type, node key).
 */
record Finding(EventType type, String nodeKey, Severity severity, String title, String details,
        String recommendations, List<String> nodes) {

    record Key(EventType type, String nodeKey) {
    }

    Key key() {
        return new Key(type, nodeKey);
    }
}
