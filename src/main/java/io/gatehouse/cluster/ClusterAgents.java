package io.gatehouse.cluster;

import java.time.Instant;
import java.util.Optional;

import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.Secret;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a cluster's agent may do: authenticate with {@code <cluster id>.<secret>} and record that it reported.
 * The token hash is read on every request (no cache), so a rotated token stops working at once.
 */
@Service
public class ClusterAgents {

    private final ClusterAgentRepository clusters;

    ClusterAgents(ClusterAgentRepository clusters) {
        this.clusters = clusters;
    }

    /** The agent the token belongs to, or empty for a malformed, unknown or rotated token. */
    @Transactional(readOnly = true)
    public Optional<AgentIdentity> authenticate(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        return ClusterId.parse(token.substring(0, dot)).flatMap(id -> clusters.credentials(id)
                .filter(c -> Secret.matches(token, c.tokenHash()))
                .map(c -> new AgentIdentity(id, c.organization())));
    }

    /**
     * Locks the cluster's row for the rest of the caller's transaction, so that one cluster's reports are processed
     * one at a time and in order. Throws {@link ClusterNotFound} when it was disconnected meanwhile.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForReport(AgentIdentity agent) {
        if (!clusters.lock(agent.organization(), agent.cluster())) {
            throw new ClusterNotFound();
        }
    }

    /** The first report turns the cluster {@code connected}; keeps its version and the time of its latest report. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reported(AgentIdentity agent, @Nullable String esVersion, Instant collectedAt) {
        clusters.reported(agent.organization(), agent.cluster(), esVersion, collectedAt);
    }
}
