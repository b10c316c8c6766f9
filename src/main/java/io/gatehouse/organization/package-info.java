/** The tenant: an organization owns clusters, members, invitations, keys and its audit log. */
@NullMarked
package io.gatehouse.organization;

import org.jspecify.annotations.NullMarked;
