package io.gatehouse.cluster;

import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.OrganizationId;

/** A cluster's agent, authenticated by its current agent token. */
public record AgentIdentity(ClusterId cluster, OrganizationId organization) {
}
