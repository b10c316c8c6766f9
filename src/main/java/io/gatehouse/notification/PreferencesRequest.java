package io.gatehouse.notification;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A PUT of notification preferences as the client sent it; {@link PreferencesValidator} checks all of it. */
public record PreferencesRequest(@Nullable List<ConnectorInput> connectors, @Nullable List<FilterInput> filters) {

    /** {@code id} keeps an existing connector (and its webhook secret); a new connector may bring its own id. */
    public record ConnectorInput(@Nullable String id, @Nullable String type, @Nullable String name,
            @Nullable List<String> recipients, @Nullable String url) {
    }

    public record FilterInput(@Nullable String connectorId, @Nullable List<String> clusterIds,
            @Nullable List<String> eventTypes, @Nullable String minSeverity, @Nullable Integer delayMinutes) {
    }
}
