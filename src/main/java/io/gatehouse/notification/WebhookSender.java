package io.gatehouse.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;

import io.gatehouse.shared.Secret;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Calls a webhook: POST of the JSON payload, signed with HMAC-SHA256 of the exact body bytes under the connector's
 * secret ({@code X-Gatehouse-Signature: sha256=<hex>}). {@code X-Gatehouse-Delivery} is the same on every retry, so
 * receivers can drop duplicates. Any 2xx is success; redirects are not followed.
 */
@Component
class WebhookSender {

    static final String SIGNATURE = "X-Gatehouse-Signature";
    static final String DELIVERY = "X-Gatehouse-Delivery";
    static final String EVENT = "X-Gatehouse-Event";

    private final HttpClient client;
    private final NotificationSettings settings;
    private final WebhookTargets targets;

    WebhookSender(NotificationSettings settings) {
        this.settings = settings;
        this.targets = new WebhookTargets(settings.allowPrivateNetworks());
        this.client = HttpClient.newBuilder().connectTimeout(settings.webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Null when the receiver accepted the call, else what went wrong. */
    @Nullable String send(String url, String secret, UUID delivery, String transition, String payload) {
        String refused = targets.refusal(URI.create(url));
        if (refused != null) {
            return refused;
        }
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(settings.webhookTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Gatehouse-Webhook")
                .header(SIGNATURE, "sha256=" + HexFormat.of().formatHex(Secret.hmacSha256(secret, payload)))
                .header(DELIVERY, delivery.toString())
                .header(EVENT, transition)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? null : "HTTP " + status;
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
