package io.gatehouse.api;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import io.gatehouse.account.SignInService;
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
 * Reads {@code Authorization: Bearer <token>}. A request without the header goes on anonymously (handlers that
 * need a caller refuse it); a header with a bad or expired token is refused here with 401.
 */
class TokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final SignInService signIns;
    private final JsonMapper json;

    TokenAuthenticationFilter(SignInService signIns, JsonMapper json) {
        this.signIns = signIns;
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
        Optional<AuthenticatedUser> user = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? signIns.authenticate(header.substring(BEARER.length()).strip()) : Optional.empty();
        if (user.isEmpty()) {
            reject(response);
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user.get(), null, List.of()));
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
