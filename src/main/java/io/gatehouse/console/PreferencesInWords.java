package io.gatehouse.console;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import io.gatehouse.monitoring.EventType;
import io.gatehouse.monitoring.Severity;
import io.gatehouse.notification.Connector;
import io.gatehouse.notification.Delivery;
import io.gatehouse.notification.NotificationFilter;
import io.gatehouse.notification.NotificationPreferences;
import io.gatehouse.shared.ClusterId;
import org.jspecify.annotations.Nullable;

/**
 * Connectors, their filters and their deliveries as people read them: "High heap, Disk above high watermark on
 * prod-eu, at least high, after 5 minutes".
 */
final class PreferencesInWords {

    /** A row of the connectors table; {@code gets} has one sentence per filter. */
    record ConnectorRow(String id, String name, String type, String sendsTo, List<String> gets) {
    }

    record DeliveryRow(Instant at, String connector, String transition, String status, int attempts,
            @Nullable String lastError) {
    }

    /** One choice of a form control: the value sent and its label. */
    record Option(String value, String label) {
    }

    private PreferencesInWords() {
    }

    static List<Option> eventTypes() {
        return Arrays.stream(EventType.values()).map(t -> new Option(t.apiName(), t.label())).toList();
    }

    static List<Option> severities() {
        return Arrays.stream(Severity.values()).map(s -> new Option(s.apiName(), capitalized(s.apiName()))).toList();
    }

    /**
     * {@code clusterNames}: id → name of the clusters the reader may see. Other clusters are counted, not named,
     * so that the page shows no cluster the reader's roles hide.
     */
    static List<ConnectorRow> connectors(NotificationPreferences preferences, Map<String, String> clusterNames) {
        return preferences.connectors().stream().map(c -> {
            List<String> gets = preferences.filters().stream().filter(f -> f.connectorId().equals(c.id()))
                    .map(f -> filter(f, clusterNames)).toList();
            return new ConnectorRow(c.id().toString(), c.name(),
                    Connector.EMAIL.equals(c.type()) ? "Email" : "Webhook",
                    Connector.EMAIL.equals(c.type()) ? String.join(", ", c.recipients()) : String.valueOf(c.url()),
                    gets.isEmpty() ? List.of("Nothing: no filter names it") : gets);
        }).toList();
    }

    static String filter(NotificationFilter filter, Map<String, String> clusterNames) {
        StringBuilder words = new StringBuilder(filter.eventTypes() == null ? "Every event"
                : filter.eventTypes().isEmpty() ? "No event"
                : filter.eventTypes().stream().map(EventType::label).collect(Collectors.joining(", ")));
        words.append(filter.clusterIds() == null ? " on all clusters" : " on " + clusters(filter.clusterIds(),
                clusterNames));
        if (filter.minSeverity() != Severity.LOW) {
            words.append(", at least ").append(filter.minSeverity().apiName());
        }
        if (filter.delayMinutes() > 0) {
            words.append(", after ").append(plural(filter.delayMinutes(), "minute"));
        }
        return words.toString();
    }

    /**
     * Deliveries go with their connector, but the two lists are read one after the other: a connector added in
     * between has no name here yet.
     */
    static List<DeliveryRow> deliveries(List<Delivery> deliveries, List<Connector> connectors) {
        Map<UUID, String> names = connectors.stream().collect(Collectors.toMap(Connector::id, Connector::name));
        return deliveries.stream().map(d -> new DeliveryRow(d.createdAt(),
                names.getOrDefault(d.connectorId(), "(a new connector)"), d.transition(), d.status(),
                d.attempts(), d.lastError())).toList();
    }

    private static String clusters(List<ClusterId> ids, Map<String, String> clusterNames) {
        if (ids.isEmpty()) {
            return "no cluster";
        }
        List<String> named = ids.stream().map(id -> clusterNames.get(id.toString())).filter(Objects::nonNull)
                .sorted().toList();
        long others = ids.size() - named.size();
        if (others == 0) {
            return String.join(", ", named);
        }
        String hidden = plural(others, named.isEmpty() ? "cluster" : "other cluster");
        return named.isEmpty() ? hidden : String.join(", ", named) + " and " + hidden;
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
