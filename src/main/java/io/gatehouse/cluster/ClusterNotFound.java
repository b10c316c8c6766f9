package io.gatehouse.cluster;

import io.gatehouse.shared.NotFound;

public class ClusterNotFound extends NotFound {

    public ClusterNotFound() {
        super("clusters.not_found", "Cluster not found");
    }
}
