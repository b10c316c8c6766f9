package io.gatehouse.api;

import java.util.Optional;

import io.gatehouse.apikey.KeyAuthentication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The API key the current request was authenticated with, if it was one: {@link TokenAuthenticationFilter} keeps it
 * as the authentication's details.
 */
final class PresentedKey {

    private PresentedKey() {
    }

    static Optional<KeyAuthentication> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getDetails() instanceof KeyAuthentication key
                ? Optional.of(key) : Optional.empty();
    }
}
