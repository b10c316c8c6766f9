package io.gatehouse.web;

import io.gatehouse.access.AccessSnapshot;
import io.gatehouse.shared.AuthenticatedUser;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling and what the interceptor resolved and authorized: the organization of the request and, for
 * cluster routes, the cluster. Handlers take it as a parameter.
 */
public record Caller(AuthenticatedUser user, AccessSnapshot access, @Nullable OrganizationId resolvedOrganization,
        @Nullable ClusterId resolvedCluster) {

    static final String ATTRIBUTE = Caller.class.getName();

    public UserId id() {
        return user.id();
    }

    public OrganizationId organization() {
        if (resolvedOrganization == null) {
            throw new IllegalStateException("the handler declared no organization permission");
        }
        return resolvedOrganization;
    }

    public ClusterId cluster() {
        if (resolvedCluster == null) {
            throw new IllegalStateException("the handler declared no cluster permission");
        }
        return resolvedCluster;
    }
}
