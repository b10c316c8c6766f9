package io.gatehouse.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.gatehouse.audit.AuditTrail;
import io.gatehouse.membership.AlreadyInAnotherOrganization;
import io.gatehouse.membership.MembershipService;
import io.gatehouse.organization.OrganizationService;
import io.gatehouse.shared.AuthenticatedUser;
import io.gatehouse.shared.Conflict;
import io.gatehouse.shared.EmailAddress;
import io.gatehouse.shared.Secret;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The invitee's side: what a link offers, and accepting it. A link is "&lt;invitation id&gt;.&lt;secret&gt;"; an
 * unknown id, a wrong or replaced secret and a revoked invitation all answer "not found".
 */
@Service
public class InvitationAcceptance {

    private final InvitationRepository invitations;
    private final OrganizationService organizations;
    private final MembershipService memberships;
    private final AuditTrail audit;
    private final TransactionTemplate separately;
    private final Clock clock;

    InvitationAcceptance(InvitationRepository invitations, OrganizationService organizations,
            MembershipService memberships, AuditTrail audit, PlatformTransactionManager transactions, Clock clock) {
        this.invitations = invitations;
        this.organizations = organizations;
        this.memberships = memberships;
        this.audit = audit;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** What the link offers, in any state but revoked (expired and accepted links say so). */
    @Transactional(readOnly = true)
    public InvitationView view(String link) {
        Invitation invitation = bySecret(link, false);
        if (invitation.status(clock.instant()) == InvitationStatus.REVOKED) {
            throw new InvitationNotFound();
        }
        return new InvitationView(invitation, organizations.get(invitation.organization()).name(), null);
    }

    /** The invited address, if the link is open: sign-up with an invitation creates that account, verified. */
    @Transactional(readOnly = true)
    public EmailAddress openInvitationFor(String link) {
        Invitation invitation = bySecret(link, false);
        invitation.requireAcceptableBy(invitation.email(), clock.instant());
        return invitation.email();
    }

    /**
     * Joins the caller to the organization with every role offered, or changes nothing. The organization's lock,
     * taken first as by every change of its members, makes simultaneous accepts of one invitation take turns and
     * keeps the organization from being deleted (by its last member leaving) half-way; the membership constraint
     * makes simultaneous accepts of two organizations' invitations yield one membership.
     */
    @Transactional
    public InvitationView accept(String link, AuthenticatedUser caller) {
        organizations.lock(bySecret(link, false).organization());
        Invitation invitation = bySecret(link, true);
        Instant now = clock.instant();
        invitation.requireAcceptableBy(EmailAddress.lookup(caller.email()).orElseThrow(InvitationEmailMismatch::new), now);
        if (memberships.isMember(invitation.organization(), caller.id())) {
            throw new Conflict("organization.already_member", "You are already a member of this organization");
        }
        try {
            memberships.join(invitation.organization(), caller.id(), invitation.roleAssignments());
        } catch (AlreadyInAnotherOrganization refused) {
            separately.executeWithoutResult(tx -> audit.record(invitation.organization(), "invitation.refused",
                    "invitation:" + invitation.id(), invitation.email() + " already belongs to another organization"));
            throw refused;
        }
        invitations.markAccepted(invitation.id(), caller.id(), now);
        audit.record(invitation.organization(), "invitation.accepted", "invitation:" + invitation.id(),
                invitation.email().value());
        audit.record(invitation.organization(), "member.joined", "user:" + caller.id(),
                invitation.email() + " as " + invitation.grants());
        return new InvitationView(invitation, organizations.get(invitation.organization()).name(), null);
    }

    private Invitation bySecret(String link, boolean lock) {
        int dot = link.indexOf('.');
        if (dot < 0) {
            throw new InvitationNotFound();
        }
        UUID id;
        try {
            id = UUID.fromString(link.substring(0, dot));
        } catch (IllegalArgumentException e) {
            throw new InvitationNotFound();
        }
        InvitationRepository.Stored stored = invitations.byId(id, lock).orElseThrow(InvitationNotFound::new);
        if (!Secret.matches(link.substring(dot + 1), stored.secretHash())) {
            throw new InvitationNotFound();
        }
        return stored.invitation();
    }
}
