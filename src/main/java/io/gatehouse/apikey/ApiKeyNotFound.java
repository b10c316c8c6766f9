package io.gatehouse.apikey;

import io.gatehouse.shared.NotFound;

public class ApiKeyNotFound extends NotFound {

    public ApiKeyNotFound() {
        super("api_keys.not_found", "No such API key of yours");
    }
}
