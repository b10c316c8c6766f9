package io.gatehouse.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.gatehouse.monitoring.EventType;
import io.gatehouse.monitoring.Severity;
import io.gatehouse.notification.Connector;
import io.gatehouse.notification.NotificationFilter;
import io.gatehouse.notification.NotificationPreferences;
import io.gatehouse.notification.PreferencesRequest;
import io.gatehouse.notification.PreferencesRequest.ConnectorInput;
import io.gatehouse.notification.PreferencesRequest.FilterInput;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.InvalidRequest;
import io.gatehouse.shared.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The <b>Add connector</b> form as submitted, and the requests the console sends: the service replaces all
 * connectors and filters at once, so every change sends the existing ones again by id (which keeps their webhook
 * secrets). The service validates everything; this only reads the form.
 */
record ConnectorForm(String name, String type, String recipients, String url, List<String> clusters,
        List<String> eventTypes, String minSeverity, String delayMinutes) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");
    private static final Set<String> FIELDS = Set.of("name", "type", "recipients", "url", "clusters", "eventTypes",
            "minSeverity", "delayMinutes");
    private static final Map<String, String> CONNECTOR_FIELDS = Map.of("name", "name", "type", "type",
            "recipients", "recipients", "url", "url");
    private static final Map<String, String> FILTER_FIELDS = Map.of("cluster_ids", "clusters",
            "event_types", "eventTypes", "min_severity", "minSeverity", "delay_minutes", "delayMinutes");

    /** Fields the browser did not send are empty; an unknown type or severity is left for the service to refuse. */
    ConnectorForm(@Nullable String name, @Nullable String type, @Nullable String recipients, @Nullable String url,
            @Nullable List<String> clusters, @Nullable List<String> eventTypes, @Nullable String minSeverity,
            @Nullable String delayMinutes) {
        this.name = Objects.requireNonNullElse(name, "");
        this.type = Objects.requireNonNullElse(type, "");
        this.recipients = Objects.requireNonNullElse(recipients, "");
        this.url = Objects.requireNonNullElse(url, "");
        this.clusters = clusters == null ? List.of() : List.copyOf(clusters);
        this.eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
        this.minSeverity = Objects.requireNonNullElse(minSeverity, Severity.LOW.apiName());
        this.delayMinutes = delayMinutes == null || delayMinutes.isBlank() ? "0" : delayMinutes.strip();
    }

    static ConnectorForm empty() {
        return new ConnectorForm("", Connector.EMAIL, "", "", List.of(), List.of(), Severity.LOW.apiName(), "0");
    }

    /**
     * Everything there is now plus this connector, under {@code id} so that its filter can name it. No cluster or
     * event type chosen means all of them.
     */
    PreferencesRequest adding(NotificationPreferences current, UUID id) {
        boolean email = Connector.EMAIL.equals(type);
        List<ConnectorInput> connectors = new ArrayList<>(connectorInputs(current.connectors()));
        connectors.add(new ConnectorInput(id.toString(), type, name, email ? addresses() : null, email ? null : url));
        List<FilterInput> filters = new ArrayList<>(filterInputs(current.filters()));
        filters.add(new FilterInput(id.toString(), clusters.isEmpty() ? null : clusters,
                eventTypes.isEmpty() ? null : eventTypes, minSeverity, delay()));
        return new PreferencesRequest(connectors, filters);
    }

    /** Everything there is now except the connector {@code id} and its filters. */
    static PreferencesRequest without(NotificationPreferences current, UUID id) {
        return new PreferencesRequest(
                connectorInputs(current.connectors().stream().filter(c -> !c.id().equals(id)).toList()),
                filterInputs(current.filters().stream().filter(f -> !f.connectorId().equals(id)).toList()));
    }

    /**
     * The form field a problem of {@link #adding} belongs to: the new connector and its filter come after the
     * existing ones. Problems of existing connectors belong to the form as a whole.
     */
    static @Nullable String fieldOf(Problem problem, NotificationPreferences current) {
        String connector = "connectors[" + current.connectors().size() + "].";
        String filter = "filters[" + current.filters().size() + "].";
        for (String field : problem.fields()) {
            if (FIELDS.contains(field)) {
                return field;
            }
            if (field.startsWith(connector)) {
                return CONNECTOR_FIELDS.get(field.substring(connector.length()));
            }
            if (field.startsWith(filter)) {
                return FILTER_FIELDS.get(field.substring(filter.length()));
            }
        }
        return null;
    }

    public boolean chooses(String clusterId) {
        return clusters.contains(clusterId);
    }

    public boolean wants(String eventType) {
        return eventTypes.contains(eventType);
    }

    private List<String> addresses() {
        return Arrays.stream(SEPARATORS.split(recipients.strip())).filter(a -> !a.isEmpty()).toList();
    }

    private int delay() {
        try {
            return Integer.parseInt(delayMinutes);
        } catch (NumberFormatException e) {
            throw new InvalidRequest("notifications.invalid_delay", "The delay is a whole number of minutes",
                    "delayMinutes");
        }
    }

    private static List<ConnectorInput> connectorInputs(List<Connector> connectors) {
        return connectors.stream().map(c -> new ConnectorInput(c.id().toString(), c.type(), c.name(),
                Connector.EMAIL.equals(c.type()) ? c.recipients() : null, c.url())).toList();
    }

    /** Existing filters as they are (a disconnected cluster has already left them). */
    private static List<FilterInput> filterInputs(List<NotificationFilter> filters) {
        return filters.stream().map(f -> new FilterInput(f.connectorId().toString(),
                f.clusterIds() == null ? null : f.clusterIds().stream().map(ClusterId::toString).toList(),
                f.eventTypes() == null ? null : f.eventTypes().stream().map(EventType::apiName).toList(),
                f.minSeverity().apiName(), f.delayMinutes())).toList();
    }
}
