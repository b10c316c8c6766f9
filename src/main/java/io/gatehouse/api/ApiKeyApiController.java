package io.gatehouse.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gatehouse.apikey.ApiKey;
import io.gatehouse.apikey.ApiKeyNotFound;
import io.gatehouse.apikey.ApiKeyService;
import io.gatehouse.apikey.CreatedApiKey;
import io.gatehouse.apikey.KeyAuthentication;
import io.gatehouse.shared.Page;
import io.gatehouse.shared.PageRequest;
import io.gatehouse.web.Caller;
import io.gatehouse.web.SignedIn;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Every signed-in user manages their own API keys (Elastic Cloud's {@code /users/auth/keys}). */
@RestController
@RequestMapping("/api/v1/users/auth/keys")
class ApiKeyApiController {

    record CreateRequest(@Nullable String description, @Nullable String expiration) {
    }

    record CreatedJson(String id, String key, String description, Instant creationDate, Instant expirationDate) {
    }

    record KeyJson(String id, String description, Instant creationDate, Instant expirationDate,
            @Nullable Instant lastUsed) {

        static KeyJson of(ApiKey key) {
            return new KeyJson(key.id().toString(), key.description(), key.createdAt(), key.expiresAt(),
                    key.lastUsedAt());
        }
    }

    record KeyList(List<KeyJson> keys, @Nullable String nextCursor) {
    }

    private final ApiKeyService keys;

    ApiKeyApiController(ApiKeyService keys) {
        this.keys = keys;
    }

    @SignedIn
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedJson create(Caller caller, @RequestBody CreateRequest request) {
        // A key made with a key expires no later than it: a leaked key cannot keep replacing itself.
        CreatedApiKey created = keys.create(caller.user(), request.description(), request.expiration(),
                PresentedKey.current().map(KeyAuthentication::expiresAt).orElse(null));
        ApiKey key = created.apiKey();
        return new CreatedJson(key.id().toString(), created.key(), key.description(), key.createdAt(), key.expiresAt());
    }

    @SignedIn
    @GetMapping
    KeyList list(Caller caller, @RequestParam(required = false) @Nullable Integer size,
            @RequestParam(required = false) @Nullable String cursor) {
        Page<ApiKey> page = keys.of(caller.id(), PageRequest.of(size, cursor));
        return new KeyList(page.items().stream().map(KeyJson::of).toList(), page.nextCursor());
    }

    @SignedIn
    @DeleteMapping("/{api_key_id}")
    Map<String, Object> revoke(Caller caller, @PathVariable("api_key_id") String id) {
        UUID keyId;
        try {
            keyId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ApiKeyNotFound();
        }
        keys.revoke(caller.id(), keyId);
        return Map.of();
    }
}
