package io.gatehouse.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.gatehouse.audit.AuditTrail;
import io.gatehouse.cluster.ClusterDisconnected;
import io.gatehouse.cluster.ClusterService;
import io.gatehouse.organization.OrganizationService;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.InvalidRequest;
import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.Secret;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An organization's notification preferences. Callers have been authorized to view or edit them. */
@Service
public class NotificationPreferencesService {

    private final PreferencesRepository preferences;
    private final ClusterService clusters;
    private final OrganizationService organizations;
    private final AuditTrail audit;
    private final WebhookTargets targets;

    NotificationPreferencesService(PreferencesRepository preferences, ClusterService clusters,
            OrganizationService organizations, AuditTrail audit, NotificationSettings settings) {
        this.preferences = preferences;
        this.clusters = clusters;
        this.organizations = organizations;
        this.audit = audit;
        this.targets = new WebhookTargets(settings.allowPrivateNetworks());
    }

    @Transactional(readOnly = true)
    public NotificationPreferences get(OrganizationId org) {
        return new NotificationPreferences(preferences.connectors(org), preferences.filters(org), Map.of());
    }

    /**
     * Replaces connectors and filters after validating all of it (400, one problem per mistake, nothing stored).
     * New webhook connectors get a signing secret, returned here only. Audited.
     */
    @Transactional
    public NotificationPreferences replace(OrganizationId org, PreferencesRequest request) {
        organizations.lock(org); // one change of an organization's preferences at a time
        return replaceLocked(org, request);
    }

    /**
     * A change computed from the current preferences (add one connector, remove one), read and replaced in one
     * transaction under the organization's lock, so that two editors saving at once both keep their change.
     */
    @Transactional
    public NotificationPreferences change(OrganizationId org,
            Function<NotificationPreferences, PreferencesRequest> change) {
        organizations.lock(org);
        return replaceLocked(org, change.apply(get(org)));
    }

    private NotificationPreferences replaceLocked(OrganizationId org, PreferencesRequest request) {
        Map<UUID, Connector> existing = PreferencesRepository.byId(preferences.connectors(org));
        PreferencesValidator validator = new PreferencesValidator(targets);
        List<Connector> connectors = validator.connectors(request.connectors(), existing);
        Set<UUID> taken = preferences.ownedElsewhere(org,
                connectors.stream().map(Connector::id).filter(id -> !existing.containsKey(id)).toList());
        taken.forEach(id -> validator.problems.add(io.gatehouse.shared.Problem.of("notifications.invalid_connector_id",
                "connector id " + id + " cannot be used", "connectors")));
        Set<ClusterId> unknown = clusters.unknown(org, PreferencesValidator.clusterIdsOf(request.filters()));
        List<NotificationFilter> filters = validator.filters(request.filters(),
                connectors.stream().map(Connector::id).collect(Collectors.toSet()), unknown);
        if (!validator.problems.isEmpty()) {
            throw new InvalidRequest(validator.problems);
        }
        Map<UUID, String> newSecrets = new HashMap<>();
        List<Connector> stored = new ArrayList<>();
        for (Connector c : connectors) {
            if (c.type().equals(Connector.WEBHOOK) && c.secret() == null) {
                String secret = "whsec_" + Secret.random();
                newSecrets.put(c.id(), secret);
                c = new Connector(c.id(), c.type(), c.name(), c.recipients(), c.url(), secret);
            }
            stored.add(c);
        }
        preferences.replace(org, stored, filters, existing.keySet());
        audit.record(org, "notifications.changed", "organization:" + org, stored.size() + " connector(s) ("
                + stored.stream().map(c -> c.type() + " " + c.id()).collect(Collectors.joining(", ")) + "), "
                + filters.size() + " filter(s)");
        return new NotificationPreferences(stored, filters, newSecrets);
    }

    /** A disconnected cluster leaves every filter (in its transaction); a filter that named only it goes. */
    @EventListener
    void on(ClusterDisconnected disconnected) {
        List<NotificationFilter> filters = preferences.filters(disconnected.organization());
        List<NotificationFilter> left = filters.stream()
                .flatMap(f -> f.withoutCluster(disconnected.cluster()).stream()).toList();
        if (!left.equals(filters)) {
            preferences.replaceFilters(disconnected.organization(), left);
        }
    }
}
