package io.gatehouse.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The handler is called by a cluster's agent, authenticated with {@code Authorization: Bearer <agent token>}
 * instead of a user's credentials. {@link PermissionInterceptor} checks the token on every request (a rotated
 * token stops at once) and hands the handler the {@link io.gatehouse.cluster.AgentIdentity}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AgentAuthenticated {
}
