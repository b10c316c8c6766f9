package io.gatehouse.web;

import java.util.Map;

import io.gatehouse.access.AccessSnapshot;
import io.gatehouse.access.Authorizer;
import io.gatehouse.access.Decision;
import io.gatehouse.access.Permission;
import io.gatehouse.cluster.AgentIdentity;
import io.gatehouse.cluster.ClusterAgents;
import io.gatehouse.cluster.ClusterNotFound;
import io.gatehouse.cluster.ClusterService;
import io.gatehouse.organization.OrganizationNotFound;
import io.gatehouse.shared.AuthenticatedUser;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.Forbidden;
import io.gatehouse.shared.OrganizationId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Enforcement: resolves the tenant of the request once (from the path, or the caller's own organization), turns
 * anything outside the caller's organization into 404, and asks the {@link Authorizer} for the declared permission.
 * A handler without a declaration is refused outright.
 */
@Component
public class PermissionInterceptor implements HandlerInterceptor {

    private final Authorizer authorizer;
    private final ClusterService clusters;
    private final ClusterAgents agents;

    PermissionInterceptor(Authorizer authorizer, ClusterService clusters, ClusterAgents agents) {
        this.authorizer = authorizer;
        this.clusters = clusters;
        this.agents = agents;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || method.hasMethodAnnotation(Anonymous.class)) {
            return true;
        }
        if (method.hasMethodAnnotation(AgentAuthenticated.class)) {
            request.setAttribute(AGENT_ATTRIBUTE, agent(request));
            return true;
        }
        AuthenticatedUser user = currentUser();
        AccessSnapshot access = authorizer.snapshotOf(user.id());
        if (method.hasMethodAnnotation(SignedIn.class)) {
            request.setAttribute(Caller.ATTRIBUTE, new Caller(user, access, access.organization(), null));
            return true;
        }
        RequiresPermission required = method.getMethodAnnotation(RequiresPermission.class);
        if (required == null) {
            throw new IllegalStateException(method + " declares no permission");
        }
        request.setAttribute(Caller.ATTRIBUTE, authorize(access, user, required.value(), pathVariables(request)));
        return true;
    }

    private Caller authorize(AccessSnapshot access, AuthenticatedUser user, Permission permission,
            Map<String, String> path) {
        ClusterId cluster = null;
        OrganizationId organization;
        if (permission.target() == Permission.Target.CLUSTER) {
            cluster = ClusterId.parse(path.getOrDefault("cluster_id", "")).orElseThrow(ClusterNotFound::new);
            organization = clusters.organizationOf(cluster).filter(access::isMemberOf).orElseThrow(ClusterNotFound::new);
        } else if (path.containsKey("organization_id")) {
            organization = OrganizationId.parse(path.get("organization_id")).filter(access::isMemberOf)
                    .orElseThrow(OrganizationNotFound::new);
        } else {
            organization = access.organizationId().orElseThrow(() -> new Forbidden("organization.no_membership",
                    "You do not belong to an organization"));
        }
        Decision decision = authorizer.check(access, permission, cluster);
        if (!decision.allowed()) {
            throw new Forbidden("auth.forbidden", "You may not " + permission.apiName() + ": " + decision.reason());
        }
        return new Caller(user, access, organization, cluster);
    }

    static final String AGENT_ATTRIBUTE = AgentIdentity.class.getName();
    private static final String BEARER = "Bearer ";

    /** Agents are not users: their token names a cluster and is checked against its current hash. */
    private AgentIdentity agent(HttpServletRequest request) {
        String header = request.getHeader(org.springframework.http.HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new InvalidAgentToken();
        }
        return agents.authenticate(header.substring(BEARER.length()).strip()).orElseThrow(InvalidAgentToken::new);
    }

    private static AuthenticatedUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) {
            return user;
        }
        throw new NotSignedIn();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        @Nullable Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables == null ? Map.of() : (Map<String, String>) variables;
    }
}
