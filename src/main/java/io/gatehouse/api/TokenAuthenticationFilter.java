package io.gatehouse.api;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import io.gatehouse.account.SignInService;
import io.gatehouse.apikey.ApiKeyService;
import io.gatehouse.apikey.KeyAuthentication;
import io.gatehouse.shared.AuthenticatedUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code Authorization: Bearer <token>} (from {@code _login}) or {@code Authorization: ApiKey <key>}. A request
 * without the header goes on anonymously (handlers that need a caller refuse it); a bad or expired credential is
 * refused here with 401. Responses to key-authenticated calls carry the key's expiry, as Elastic Cloud does.
 */
class TokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final String API_KEY = "ApiKey ";
    static final String KEY_EXPIRATION_HEADER = "X-Elastic-Api-Key-Expiration";

    private final SignInService signIns;
    private final ApiKeyService apiKeys;
    private final JsonMapper json;

    TokenAuthenticationFilter(SignInService signIns, ApiKeyService apiKeys, JsonMapper json) {
        this.signIns = signIns;
        this.apiKeys = apiKeys;
        this.json = json;
    }

    /** Agents send their own bearer token (an agent token, not a user's): the agent endpoints check it. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/agent/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AuthenticatedUser> user = Optional.empty();
        Optional<KeyAuthentication> key = Optional.empty();
        if (header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            user = signIns.authenticate(header.substring(BEARER.length()).strip());
        } else if (header.regionMatches(true, 0, API_KEY, 0, API_KEY.length())) {
            key = apiKeys.authenticate(header.substring(API_KEY.length()).strip());
            key.ifPresent(k -> response.setHeader(KEY_EXPIRATION_HEADER, k.expiresAt().toString()));
            user = key.map(KeyAuthentication::user);
        }
        if (user.isEmpty()) {
            reject(response);
            return;
        }
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user.get(), null, List.of());
        key.ifPresent(authentication::setDetails); // see PresentedKey
        SecurityContextHolder.getContext().setAuthentication(authentication);
        chain.doFilter(request, response);
    }

    private void reject(HttpServletResponse response) throws IOException {
        ResponseEntity<ErrorBody> error = ErrorBody.of(HttpStatus.UNAUTHORIZED, "auth.invalid_credentials",
                "The token or key is invalid or has expired");
        response.setStatus(error.getStatusCode().value());
        error.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        json.writeValue(response.getOutputStream(), error.getBody());
    }
}
