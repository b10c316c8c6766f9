package io.gatehouse.cluster;

import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.OrganizationId;

/**
 * Published inside the transaction that disconnects a cluster, so that other modules drop what refers to it
 * (pending invitations offering it, for example) atomically with the cluster itself.
 */
public record ClusterDisconnected(OrganizationId organization, ClusterId cluster) {
}
