package io.gatehouse.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Calls the Gatehouse API with an API key; any error reply becomes an {@link ApiFailure} carrying its body. */
class ApiClient {

    private static final int PAGE_SIZE = 1000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String apiKey;
    private final JsonMapper json;

    ApiClient(String url, String apiKey, JsonMapper json) {
        this.base = (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + "/api/v1";
        this.apiKey = apiKey;
        this.json = json;
    }

    JsonNode get(String path) {
        return send("GET", path, null);
    }

    /**
     * Every item of a paged list ({@code field} of each page), following {@code next_cursor} to the end, so that a
     * listing never stops silently at the first page.
     */
    JsonNode getAll(String path, String field) {
        ObjectNode all = json.createObjectNode();
        ArrayNode items = all.putArray(field);
        String first = path + (path.contains("?") ? "&" : "?") + "size=" + PAGE_SIZE;
        String cursor = null;
        do {
            JsonNode page = get(cursor == null ? first
                    : first + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            page.path(field).forEach(items::add);
            cursor = page.path("next_cursor").isString() ? page.path("next_cursor").asString() : null;
        } while (cursor != null);
        return all;
    }

    JsonNode post(String path, @Nullable Object body) {
        return send("POST", path, body);
    }

    JsonNode put(String path, Object body) {
        return send("PUT", path, body);
    }

    JsonNode delete(String path) {
        return send("DELETE", path, null);
    }

    private JsonNode send(String method, String path, @Nullable Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "ApiKey " + apiKey).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unreachable(base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable(base, e);
        }
        JsonNode reply = response.body().isBlank() ? json.createObjectNode() : parse(response.body());
        if (response.statusCode() >= 400) {
            throw new ApiFailure(response.statusCode(), reply);
        }
        return reply;
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (RuntimeException notJson) {
            return json.createObjectNode().put("message", body);
        }
    }

    /** The server answered with an error; its {@code errors} say why. */
    static final class ApiFailure extends RuntimeException {

        final int status;
        final JsonNode body;

        ApiFailure(int status, JsonNode body) {
            super("HTTP " + status);
            this.status = status;
            this.body = body;
        }
    }

    /** No answer at all: wrong URL, server down, network. */
    static final class Unreachable extends RuntimeException {

        Unreachable(String base, Exception cause) {
            super("cannot reach " + base + ": " + (cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getMessage()), cause);
        }
    }
}
