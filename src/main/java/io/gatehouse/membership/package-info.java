/**
 * Membership: who belongs to which organization (one at a time, a database rule), their role assignments, and the
 * rule that an organization always keeps an owner.
 */
@NullMarked
package io.gatehouse.membership;

import org.jspecify.annotations.NullMarked;
