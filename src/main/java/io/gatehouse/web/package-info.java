/**
 * What every web adapter (the JSON API and the console) shares: the access declarations on handlers
 * ({@link io.gatehouse.web.RequiresPermission}, {@link io.gatehouse.web.SignedIn}, {@link io.gatehouse.web.Anonymous})
 * and their one enforcement point, {@link io.gatehouse.web.PermissionInterceptor}, which hands handlers a
 * {@link io.gatehouse.web.Caller}.
 */
@NullMarked
package io.gatehouse.web;

import org.jspecify.annotations.NullMarked;
