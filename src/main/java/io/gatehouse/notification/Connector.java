package io.gatehouse.notification;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where notifications go: an email connector has 1 to 40 recipients, a webhook connector a URL and the secret
 * its bodies are signed with (never rendered after creation).
 */
public record Connector(UUID id, String type, String name, List<String> recipients, @Nullable String url,
        @Nullable String secret) {

    public static final String EMAIL = "email";
    public static final String WEBHOOK = "webhook";

    public Connector {
        recipients = List.copyOf(recipients);
    }
}
