package io.gatehouse.apikey;

/** A key just created, with the only copy of its secret. */
public record CreatedApiKey(ApiKey apiKey, String key) {
}
