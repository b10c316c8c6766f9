/**
 * Who may do what: roles held on scopes, the permission table of SPEC §2 as code, and the {@link Authorizer}, the
 * single decision point every request goes through.
 */
@NullMarked
package io.gatehouse.access;

import org.jspecify.annotations.NullMarked;
