/**
 * The HTTP API of API.md: JSON controllers that bind, authorize (through {@code PermissionInterceptor}), delegate
 * to module services and render; and the one place where refusals become the error format.
 */
@NullMarked
package io.gatehouse.api;

import org.jspecify.annotations.NullMarked;
