package io.gatehouse.console;

import java.util.List;
import java.util.Optional;

import io.gatehouse.shared.AuthenticatedUser;
import io.gatehouse.shared.UserId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;

/**
 * Keeps who is signed in to the console as two plain strings in the (database-stored) session, not as a serialized
 * security context: sessions then survive upgrades of any class, and the interceptor gets the
 * {@link AuthenticatedUser} principal it expects.
 */
class ConsoleSessionContext implements SecurityContextRepository {

    private static final String USER_ID = "gatehouse.console.user-id";
    private static final String USER_EMAIL = "gatehouse.console.user-email";

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return load(holder.getRequest());
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return new DeferredSecurityContext() {

            @Override
            public SecurityContext get() {
                return load(request);
            }

            @Override
            public boolean isGenerated() {
                return signedIn(request).isEmpty();
            }
        };
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = context.getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) {
            HttpSession session = request.getSession();
            session.setAttribute(USER_ID, user.id().toString());
            session.setAttribute(USER_EMAIL, user.email());
            // Indexed by Spring Session, so that a user's sessions can be found (and ended) by user id.
            session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, user.id().toString());
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(USER_ID);
            session.removeAttribute(USER_EMAIL);
        }
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return signedIn(request).isPresent();
    }

    /** Signs the user in for the rest of this session, under a new session id (no session fixation). */
    void signIn(AuthenticatedUser user, HttpServletRequest request, HttpServletResponse response) {
        request.getSession();
        request.changeSessionId();
        SecurityContext context = new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
        SecurityContextHolder.setContext(context);
        saveContext(context, request, response);
    }

    static Optional<AuthenticatedUser> signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        @Nullable Object id = session.getAttribute(USER_ID);
        @Nullable Object email = session.getAttribute(USER_EMAIL);
        if (!(id instanceof String userId) || !(email instanceof String address)) {
            return Optional.empty();
        }
        return UserId.parse(userId).map(parsed -> new AuthenticatedUser(parsed, address));
    }

    private static SecurityContext load(HttpServletRequest request) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        signedIn(request).ifPresent(user -> context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of())));
        return context;
    }
}
