package io.gatehouse.notification;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.gatehouse.monitoring.EventType;
import io.gatehouse.monitoring.Severity;
import io.gatehouse.notification.PreferencesRequest.ConnectorInput;
import io.gatehouse.notification.PreferencesRequest.FilterInput;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.EmailAddress;
import io.gatehouse.shared.OneLineText;
import io.gatehouse.shared.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Checks a whole preferences request and collects one problem per mistake, so that nothing is stored unless all
 * of it is right. Which ids are taken or which clusters exist comes from the caller (the service asks the database).
 */
final class PreferencesValidator {

    static final int MAX_CONNECTORS = 50;
    static final int MAX_FILTERS = 200;
    static final int MAX_RECIPIENTS = 40;
    static final int MAX_DELAY_MINUTES = 1440;

    final List<Problem> problems = new ArrayList<>();
    private final WebhookTargets targets;

    PreferencesValidator(WebhookTargets targets) {
        this.targets = targets;
    }

    /** Connectors with their id (existing, client-chosen or new); secrets are filled in by the service. */
    List<Connector> connectors(@Nullable List<ConnectorInput> inputs, Map<UUID, Connector> existing) {
        List<Connector> connectors = new ArrayList<>();
        List<ConnectorInput> all = inputs == null ? List.of() : inputs;
        if (all.size() > MAX_CONNECTORS) {
            problems.add(Problem.of("notifications.too_many_connectors", "at most " + MAX_CONNECTORS + " connectors",
                    "connectors"));
            return connectors;
        }
        Set<UUID> seen = new java.util.HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            ConnectorInput input = all.get(i);
            String at = "connectors[" + i + "]";
            if (input == null) {
                problems.add(Problem.of("notifications.invalid_connector", "a connector is an object", at));
                continue;
            }
            UUID id = input.id() == null ? UUID.randomUUID() : uuid(input.id());
            if (id == null || !seen.add(id)) {
                problems.add(Problem.of("notifications.invalid_connector_id",
                        "a connector id is a UUID, once per request", at + ".id"));
                continue;
            }
            String type = input.type() == null ? "" : input.type();
            String name = input.name() == null || input.name().isBlank() ? type : input.name().strip();
            if (name.length() > 200) {
                problems.add(Problem.of("notifications.invalid_name", "a name is at most 200 characters", at + ".name"));
            } else if (!OneLineText.isOneLine(name)) {
                problems.add(Problem.of("notifications.invalid_name", "a name has no control characters", at + ".name"));
            }
            Connector previous = existing.get(id);
            if (type.equals(Connector.EMAIL)) {
                connectors.add(new Connector(id, type, name, recipients(input.recipients(), at), null, null));
            } else if (type.equals(Connector.WEBHOOK)) {
                String secret = previous != null && Connector.WEBHOOK.equals(previous.type()) ? previous.secret() : null;
                connectors.add(new Connector(id, type, name, List.of(), url(input.url(), at), secret));
            } else {
                problems.add(Problem.of("notifications.invalid_connector_type", "type must be email or webhook",
                        at + ".type"));
            }
        }
        return connectors;
    }

    List<NotificationFilter> filters(@Nullable List<FilterInput> inputs, Set<UUID> connectorIds,
            Set<ClusterId> unknownClusters) {
        List<NotificationFilter> filters = new ArrayList<>();
        List<FilterInput> all = inputs == null ? List.of() : inputs;
        if (all.size() > MAX_FILTERS) {
            problems.add(Problem.of("notifications.too_many_filters", "at most " + MAX_FILTERS + " filters", "filters"));
            return filters;
        }
        for (int i = 0; i < all.size(); i++) {
            FilterInput input = all.get(i);
            String at = "filters[" + i + "]";
            if (input == null) {
                problems.add(Problem.of("notifications.invalid_filter", "a filter is an object", at));
                continue;
            }
            UUID connector = input.connectorId() == null ? null : uuid(input.connectorId());
            if (connector == null || !connectorIds.contains(connector)) {
                problems.add(Problem.of("notifications.unknown_connector",
                        "connector_id must name a connector of this request", at + ".connector_id"));
            }
            List<ClusterId> clusters = clusterIds(input.clusterIds(), unknownClusters, at);
            List<EventType> types = eventTypes(input.eventTypes(), at);
            Severity severity = input.minSeverity() == null ? Severity.LOW
                    : Severity.fromApiName(input.minSeverity()).orElse(null);
            if (severity == null) {
                problems.add(Problem.of("notifications.invalid_severity", "min_severity must be low, medium or high",
                        at + ".min_severity"));
            }
            int delay = input.delayMinutes() == null ? 0 : input.delayMinutes();
            if (delay < 0 || delay > MAX_DELAY_MINUTES) {
                problems.add(Problem.of("notifications.invalid_delay",
                        "delay_minutes must be from 0 to " + MAX_DELAY_MINUTES, at + ".delay_minutes"));
            }
            if (connector != null && severity != null) {
                filters.add(new NotificationFilter(connector, clusters, types, severity, delay));
            }
        }
        return filters;
    }

    /** Every cluster id the filters name, for the service to check against the organization. */
    static Set<ClusterId> clusterIdsOf(@Nullable List<FilterInput> inputs) {
        Set<ClusterId> ids = new LinkedHashSet<>();
        if (inputs != null) {
            inputs.stream().filter(f -> f != null && f.clusterIds() != null).flatMap(f -> f.clusterIds().stream())
                    .forEach(text -> ClusterId.parse(text == null ? "" : text).ifPresent(ids::add));
        }
        return ids;
    }

    private @Nullable List<ClusterId> clusterIds(@Nullable List<String> texts, Set<ClusterId> unknown, String at) {
        if (texts == null) {
            return null;
        }
        List<ClusterId> ids = new ArrayList<>();
        for (String text : texts) {
            ClusterId id = ClusterId.parse(text == null ? "" : text).orElse(null);
            if (id == null || unknown.contains(id)) {
                problems.add(Problem.of("clusters.not_found", "no cluster " + text + " in this organization",
                        at + ".cluster_ids"));
            } else if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private @Nullable List<EventType> eventTypes(@Nullable List<String> texts, String at) {
        if (texts == null) {
            return null;
        }
        List<EventType> types = new ArrayList<>();
        for (String text : texts) {
            EventType type = text == null ? null : EventType.fromApiName(text).orElse(null);
            if (type == null) {
                problems.add(Problem.of("notifications.unknown_event_type", "\"" + text + "\" is not an event type",
                        at + ".event_types"));
            } else if (!types.contains(type)) {
                types.add(type);
            }
        }
        return types;
    }

    private List<String> recipients(@Nullable List<String> texts, String at) {
        Set<String> recipients = new LinkedHashSet<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            EmailAddress.parse(text).ifPresentOrElse(a -> recipients.add(a.value()),
                    () -> problems.add(Problem.of("notifications.invalid_email",
                            "\"" + text + "\" is not a valid email address", at + ".recipients")));
        }
        if (recipients.isEmpty() || recipients.size() > MAX_RECIPIENTS) {
            problems.add(Problem.of("notifications.invalid_recipients",
                    "an email connector has 1 to " + MAX_RECIPIENTS + " recipients", at + ".recipients"));
        }
        return List.copyOf(recipients);
    }

    private @Nullable String url(@Nullable String text, String at) {
        try {
            URI uri = new URI(text == null ? "" : text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.toString().length() <= 2000 && uri.getUserInfo() == null) {
                if (targets.refusesAsWritten(uri)) {
                    problems.add(Problem.of("notifications.private_url", "url points to this machine or a private "
                            + "network, which this Gatehouse does not call (gatehouse.notifications.allow-private-networks)",
                            at + ".url"));
                    return null;
                }
                return uri.toString();
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        problems.add(Problem.of("notifications.invalid_url", "url must be an absolute http or https URL", at + ".url"));
        return null;
    }

    private static @Nullable UUID uuid(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
