/**
 * Invitations: owners invite people by email with role assignments; invitations expire 72 hours after they were
 * (re)sent, can be resent or revoked, and are accepted atomically into one membership.
 */
@NullMarked
package io.gatehouse.invitation;

import org.jspecify.annotations.NullMarked;
