package io.gatehouse.notification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An organization's connectors and filters. {@code newSecrets} holds the signing secrets of webhook connectors
 * created by the change that returned this, and is empty otherwise: a secret is shown once.
 */
public record NotificationPreferences(List<Connector> connectors, List<NotificationFilter> filters,
        Map<UUID, String> newSecrets) {

    public NotificationPreferences {
        connectors = List.copyOf(connectors);
        filters = List.copyOf(filters);
        newSecrets = Map.copyOf(newSecrets);
    }
}
