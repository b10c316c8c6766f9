package io.gatehouse.cluster;

import java.time.Instant;

import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.OneLineText;
import io.gatehouse.shared.OrganizationId;
import org.jspecify.annotations.Nullable;

/** A cluster connected to an organization. {@code status} is {@code pending} until its agent first reports. */
public record ConnectedCluster(ClusterId id, OrganizationId organization, String name, ClusterKind kind,
        String status, @Nullable String esVersion, Instant connectedAt, @Nullable Instant lastReportAt) {

    static final int MAX_NAME = 200;

    public ConnectedCluster {
        name = validName(name);
    }

    ConnectedCluster renamed(String newName) {
        return new ConnectedCluster(id, organization, newName, kind, status, esVersion, connectedAt, lastReportAt);
    }

    static String validName(@Nullable String name) {
        return OneLineText.require(name, MAX_NAME, "clusters.invalid_name", "A cluster's name", "name");
    }
}
