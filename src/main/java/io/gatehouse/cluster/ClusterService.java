package io.gatehouse.cluster;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import io.gatehouse.access.AccessSnapshot;
import io.gatehouse.access.Permission;
import io.gatehouse.access.Role;
import io.gatehouse.access.RoleGrant;
import io.gatehouse.access.RoleGrants;
import io.gatehouse.access.Scope;
import io.gatehouse.audit.AuditTrail;
import io.gatehouse.organization.OrganizationService;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.Forbidden;
import io.gatehouse.shared.InvalidRequest;
import io.gatehouse.shared.Keyset;
import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.Page;
import io.gatehouse.shared.PageRequest;
import io.gatehouse.shared.Secret;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Connected clusters of one organization. Callers have been authorized for the action; this service keeps every
 * query inside the organization, so a foreign id is simply not found.
 */
@Service
public class ClusterService {


    private final ClusterRepository clusters;
    private final RoleGrants grants;
    private final OrganizationService organizations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClusterService(ClusterRepository clusters, RoleGrants grants, OrganizationService organizations, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.clusters = clusters;
        this.grants = grants;
        this.organizations = organizations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Connects a cluster in {@code pending} state and issues its agent token. A caller who would not be admin of the
     * new cluster (an admin on selected clusters) gets it added to their selection. The caller's roles are read again
     * under the organization's lock, which role changes take too: a caller demoted while the request was on its way
     * is refused rather than handed a grant on the new cluster.
     */
    @Transactional
    public ConnectedClusterWithToken connect(OrganizationId org, AccessSnapshot asked, String name, String kind) {
        ClusterKind clusterKind = ClusterKind.fromApiName(kind).orElseThrow(() -> new InvalidRequest(
                "clusters.invalid_kind", "kind must be one of self_managed, ece, eck", "kind"));
        organizations.lock(org);
        AccessSnapshot caller = new AccessSnapshot(asked.user(), org, grants.of(org, asked.user()));
        if (!caller.decide(Permission.CONNECT_CLUSTER, null).allowed()) {
            throw new Forbidden("auth.forbidden", "You may not connect clusters: your roles changed");
        }
        ConnectedCluster cluster = new ConnectedCluster(ClusterId.random(), org, name, clusterKind, "pending", null,
                clock.instant(), null);
        String token = agentToken(cluster.id());
        clusters.insert(cluster, Secret.sha256(token));
        if (!caller.may(Permission.DISCONNECT_CLUSTER, cluster.id())) {
            grants.add(org, caller.user(), List.of(new RoleGrant(Role.CLUSTER_ADMIN, Scope.of(cluster.id()))));
            audit.record(org, "role_assignments.added", "user:" + caller.user(),
                    "connected-cluster-admin on cluster " + cluster.id() + " (connected it)");
        }
        audit.record(org, "cluster.connected", "cluster:" + cluster.id(),
                "name \"" + cluster.name() + "\", kind " + clusterKind.apiName());
        return new ConnectedClusterWithToken(cluster, token);
    }

    @Transactional(readOnly = true)
    public ConnectedCluster get(OrganizationId org, ClusterId id) {
        return clusters.find(org, id).orElseThrow(ClusterNotFound::new);
    }

    /** The clusters the caller may see, oldest connection first. */
    @Transactional(readOnly = true)
    public Page<ConnectedCluster> visibleTo(AccessSnapshot caller, OrganizationId org, PageRequest page) {
        Keyset after = page.afterKeyset(Keyset.FIRST);
        Collection<ClusterId> visible = caller.visibleClusters();
        List<ConnectedCluster> rows = clusters.page(org, visible, after.timestamp(), after.id(), page.size() + 1);
        return Page.of(rows, page.size(), c -> Keyset.position(c.connectedAt(), c.id().value()));
    }

    @Transactional
    public ConnectedCluster rename(OrganizationId org, ClusterId id, String name) {
        ConnectedCluster before = get(org, id);
        ConnectedCluster after = before.renamed(name);
        clusters.rename(after);
        audit.record(org, "cluster.renamed", "cluster:" + id, "from \"" + before.name() + "\" to \"" + after.name() + "\"");
        return after;
    }

    /**
     * Removes the cluster, its data, and every selection that named it, under the organization's lock: a role change
     * naming the cluster at the same moment either sees it gone or is dropped with it.
     */
    @Transactional
    public void disconnect(OrganizationId org, ClusterId id) {
        organizations.lock(org);
        ConnectedCluster cluster = get(org, id);
        int dropped = grants.dropCluster(org, id);
        events.publishEvent(new ClusterDisconnected(org, id));
        clusters.delete(org, id);
        audit.record(org, "cluster.disconnected", "cluster:" + id,
                "name \"" + cluster.name() + "\"; removed from " + dropped + " role selection(s)");
    }

    /** Issues a new agent token; the old one stops working at once. */
    @Transactional
    public ConnectedClusterWithToken rotateAgentToken(OrganizationId org, ClusterId id) {
        ConnectedCluster cluster = get(org, id);
        String token = agentToken(id);
        clusters.rotate(org, id, Secret.sha256(token));
        audit.record(org, "cluster.agent_token_rotated", "cluster:" + id, null);
        return new ConnectedClusterWithToken(cluster, token);
    }

    /** The organization a cluster belongs to, to resolve a cluster URL to its tenant before authorizing. */
    @Transactional(readOnly = true)
    public java.util.Optional<OrganizationId> organizationOf(ClusterId id) {
        return clusters.organizationOf(id);
    }

    /** Which of {@code ids} are not clusters of the organization (unknown, or another organization's). */
    @Transactional(readOnly = true)
    public Set<ClusterId> unknown(OrganizationId org, Collection<ClusterId> ids) {
        Set<ClusterId> existing = clusters.existing(org, ids);
        return ids.stream().filter(id -> !existing.contains(id)).collect(java.util.stream.Collectors.toSet());
    }

    /** The names of the organization's clusters among {@code ids}; unknown ids are left out. */
    @Transactional(readOnly = true)
    public java.util.Map<ClusterId, String> names(OrganizationId org, Collection<ClusterId> ids) {
        return clusters.names(org, ids);
    }

    @Transactional(readOnly = true)
    public long count(OrganizationId org) {
        return clusters.count(org);
    }

    /** "&lt;cluster id&gt;.&lt;256 random bits&gt;": looked up by id, compared by hash. */
    private static String agentToken(ClusterId id) {
        return id + "." + Secret.random();
    }
}
