package io.gatehouse.agent;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Base64;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads from Elasticsearch's REST API with an API key or basic auth, trusting an extra CA certificate when given
 * (self-managed clusters often use their own CA).
 */
class ElasticsearchSource {

    private final HttpClient client;
    private final String baseUrl;
    private final @Nullable String authorization;
    private final JsonMapper json;
    private final Duration timeout;

    ElasticsearchSource(String baseUrl, @Nullable String apiKey, @Nullable String username, @Nullable String password,
            @Nullable Path caCert, Duration timeout, JsonMapper json) throws IOException, GeneralSecurityException {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(timeout);
        if (caCert != null) {
            builder.sslContext(trusting(caCert));
        }
        this.client = builder.build();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = apiKey != null ? "ApiKey " + apiKey
                : username != null ? "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8))
                : null;
        this.timeout = timeout;
        this.json = json;
    }

    /** GET {@code path}; anything but a 2xx JSON answer is an {@link IOException} naming the path and status. */
    JsonNode get(String path) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Accept", "application/json").GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IOException("Elasticsearch answered " + response.statusCode() + " to GET " + path);
            }
            return json.readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (tools.jackson.core.JacksonException e) {
            throw new IOException("Elasticsearch sent no JSON for GET " + path, e);
        }
    }

    private static SSLContext trusting(Path caCert) throws IOException, GeneralSecurityException {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(caCert)) {
            int i = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trust.setCertificateEntry("ca-" + i++, certificate);
            }
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
