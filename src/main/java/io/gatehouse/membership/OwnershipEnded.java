package io.gatehouse.membership;

import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.UserId;

/**
 * Published inside the transaction in which a user stops being an owner of an organization (removed, left, or
 * demoted), so that what they did on the organization's behalf and that is still open (their pending invitations)
 * ends with their authority, atomically.
 */
public record OwnershipEnded(OrganizationId organization, UserId user) {
}
