package io.gatehouse.api;

import java.time.Instant;
import java.util.List;

import io.gatehouse.invitation.Invitation;
import io.gatehouse.invitation.InvitationStatus;
import io.gatehouse.invitation.InvitationView;
import io.gatehouse.mail.DeliveryState;
import org.jspecify.annotations.Nullable;

/**
 * Elastic Cloud's {@code OrganizationInvitation} plus Gatehouse's extensions. {@code token} holds the public id,
 * never the secret: the secret only travels in the email link (API.md's security deviation).
 */
record InvitationJson(String token, String id, String email, Instant createdAt, Instant expiresAt, boolean expired,
        @Nullable Instant acceptedAt, OrganizationRef organization, RoleAssignmentsJson roleAssignments, String status,
        Instant lastSentAt, int sendCount, @Nullable Person invitedBy, @Nullable Delivery delivery) {

    record OrganizationRef(String id, String name) {
    }

    record Person(@Nullable String userId, @Nullable String email) {
    }

    record Delivery(String status, int attempts, @Nullable String lastError, @Nullable Instant sentAt) {
    }

    record Listing(List<InvitationJson> invitations, @Nullable String nextCursor) {
    }

    static InvitationJson of(InvitationView view, Instant now) {
        Invitation i = view.invitation();
        InvitationStatus status = i.status(now);
        DeliveryState d = view.delivery();
        return new InvitationJson(i.id().toString(), i.id().toString(), i.email().value(), i.createdAt(), i.expiresAt(),
                status == InvitationStatus.EXPIRED, i.acceptedAt(),
                new OrganizationRef(i.organization().toString(), view.organizationName()),
                RoleAssignmentsJson.of(i.organization(), i.roleAssignments()), status.apiName(), i.lastSentAt(),
                i.sendCount(), i.invitedBy() == null && i.invitedByEmail() == null ? null
                        : new Person(i.invitedBy() == null ? null : i.invitedBy().toString(), i.invitedByEmail()),
                d == null ? null : new Delivery(d.status(), d.attempts(), d.lastError(), d.sentAt()));
    }
}
