package io.gatehouse.agent;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Sends reports to {@code POST /api/v1/agent/reports} with the cluster's agent token. */
class GatehouseSink {

    /** How Gatehouse answered: taken, refused for good (a retry would get the same answer), or try again later. */
    enum Result { ACCEPTED, REJECTED, RETRY }

    record Answer(Result result, String detail) {
    }

    private final HttpClient client;
    private final URI endpoint;
    private final String token;
    private final Duration timeout;

    GatehouseSink(String gatehouseUrl, String token, Duration timeout) {
        String base = gatehouseUrl.endsWith("/") ? gatehouseUrl.substring(0, gatehouseUrl.length() - 1) : gatehouseUrl;
        this.endpoint = URI.create(base + "/api/v1/agent/reports");
        this.token = token;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    Answer send(String report) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(report)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status / 100 == 2) {
                return new Answer(Result.ACCEPTED, response.body());
            }
            // 408, 429 and 5xx are passing conditions; other 4xx (bad token, bad report) will not get better.
            boolean transientFailure = status == 408 || status == 429 || status >= 500;
            return new Answer(transientFailure ? Result.RETRY : Result.REJECTED, status + " " + response.body());
        } catch (IOException e) {
            return new Answer(Result.RETRY, "Gatehouse unreachable at " + endpoint + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(Result.RETRY, "interrupted");
        }
    }
}
