package io.gatehouse.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.gatehouse.access.Permission;

/**
 * The permission a handler needs. Organization permissions apply to the {@code organization_id} of the path (or the
 * caller's organization); cluster permissions to the {@code cluster_id} of the path. Every handler carries this,
 * {@link SignedIn} or {@link Anonymous}; a test fails the build otherwise.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresPermission {

    Permission value();
}
