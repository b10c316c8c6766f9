package io.gatehouse.notification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import io.gatehouse.shared.ClusterId;

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

    /**
     * The preferences as shown to a reader who may not change them and sees only some clusters (an admin on
     * selected clusters): filters name only the clusters the reader sees, a filter that named none of them is left
     * out, and webhooks show only their origin, since a webhook URL's path is often its credential.
     */
    public NotificationPreferences seenBy(Predicate<ClusterId> sees) {
        return new NotificationPreferences(withWebhookOrigins().connectors(),
                filters.stream().map(f -> f.within(sees)).flatMap(Optional::stream).toList(), Map.of());
    }

    /** The same with each webhook's URL cut to its origin, for those who may read but not change them. */
    public NotificationPreferences withWebhookOrigins() {
        return new NotificationPreferences(connectors.stream().map(Connector::withOriginOnly).toList(), filters,
                Map.of());
    }
}
