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

    /** This connector with its URL cut to scheme, host and port ({@code https://hooks.example.com/…}), no secret. */
    Connector withOriginOnly() {
        if (url == null) {
            return new Connector(id, type, name, recipients, null, null);
        }
        java.net.URI uri = java.net.URI.create(url);
        String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        return new Connector(id, type, name, recipients, origin.equals(url) ? url : origin + "/…", null);
    }
}
