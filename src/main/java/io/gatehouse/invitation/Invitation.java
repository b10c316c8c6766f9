package io.gatehouse.invitation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.gatehouse.access.RoleAssignment;
import io.gatehouse.access.RoleGrant;
import io.gatehouse.shared.EmailAddress;
import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * An invitation: a state machine pending → accepted | revoked, where "expired" is read off the clock, never stored.
 * The secret of its link is not here: only its hash is kept, in the repository.
 */
public record Invitation(UUID id, OrganizationId organization, EmailAddress email, String state, Duration ttl,
        @Nullable UserId invitedBy, @Nullable String invitedByEmail, Instant createdAt, Instant lastSentAt,
        Instant expiresAt, int sendCount, @Nullable UUID mailId, @Nullable Instant acceptedAt,
        @Nullable UserId acceptedBy, @Nullable Instant revokedAt, List<RoleGrant> grants) {

    static final String PENDING = "pending";
    static final String ACCEPTED = "accepted";
    static final String REVOKED = "revoked";

    public Invitation {
        grants = List.copyOf(grants);
    }

    /** Valid up to, not including, {@code expiresAt}: at 72 h − 1 s it is pending, at 72 h expired. */
    public InvitationStatus status(Instant now) {
        return switch (state) {
            case ACCEPTED -> InvitationStatus.ACCEPTED;
            case REVOKED -> InvitationStatus.REVOKED;
            default -> now.isBefore(expiresAt) ? InvitationStatus.PENDING : InvitationStatus.EXPIRED;
        };
    }

    public List<RoleAssignment> roleAssignments() {
        return RoleAssignment.fromGrants(grants);
    }

    /** Refuses anyone but the invited address, and any invitation that is no longer open. */
    void requireAcceptableBy(EmailAddress caller, Instant now) {
        switch (status(now)) {
            case REVOKED -> throw new InvitationNotFound();
            case ACCEPTED -> throw new InvitationAlreadyAccepted();
            case EXPIRED -> throw new InvitationExpired();
            case PENDING -> {
                if (!email.equals(caller)) {
                    throw new InvitationEmailMismatch();
                }
                if (grants.isEmpty()) {
                    // It offered only clusters since disconnected (revoked then, or, before that rule, left so):
                    // accepting would make a member with no role, which no invitation may.
                    throw new InvitationNotFound();
                }
            }
        }
    }

    /** Pending and expired invitations can be sent again; accepted and revoked ones are closed. */
    void requireOpen() {
        if (state.equals(ACCEPTED)) {
            throw new InvitationAlreadyAccepted();
        }
        if (state.equals(REVOKED)) {
            throw new InvitationNotFound();
        }
    }

    /** A new link and a new window; the old link dies because its hash is replaced. */
    Invitation resent(Instant now, Duration window, List<RoleGrant> offered, @Nullable UserId by,
            @Nullable String byEmail) {
        return new Invitation(id, organization, email, PENDING, window, by, byEmail, createdAt, now, now.plus(window),
                sendCount + 1, mailId, null, null, null, offered);
    }

    Invitation withMail(UUID mail) {
        return new Invitation(id, organization, email, state, ttl, invitedBy, invitedByEmail, createdAt, lastSentAt,
                expiresAt, sendCount, mail, acceptedAt, acceptedBy, revokedAt, grants);
    }
}
