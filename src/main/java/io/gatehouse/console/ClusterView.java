package io.gatehouse.console;

import io.gatehouse.access.Permission;
import io.gatehouse.cluster.ConnectedCluster;
import io.gatehouse.web.Caller;

/**
 * The cluster a page is about and which of its views the caller may open: the cluster's menu shows only those (the
 * interceptor refuses the others anyway). Viewing events and metrics reports goes with seeing the cluster.
 */
record ClusterView(ConnectedCluster cluster, boolean mayCustomize, boolean mayRotateAgentToken,
        boolean mayDisconnect) {

    static ClusterView of(Caller caller, ConnectedCluster cluster) {
        return new ClusterView(cluster, caller.access().may(Permission.EDIT_CUSTOMIZATIONS, cluster.id()),
                caller.access().may(Permission.ROTATE_AGENT_TOKEN, cluster.id()),
                caller.access().may(Permission.DISCONNECT_CLUSTER, cluster.id()));
    }
}
