package io.gatehouse.invitation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.gatehouse.access.RoleAssignment;
import io.gatehouse.access.RoleGrant;
import io.gatehouse.access.RoleGrants;
import io.gatehouse.audit.AuditTrail;
import io.gatehouse.cluster.ClusterService;
import io.gatehouse.mail.DeliveryState;
import io.gatehouse.mail.MailOutbox;
import io.gatehouse.mail.OutgoingMail;
import io.gatehouse.membership.MembershipService;
import io.gatehouse.organization.OrganizationService;
import io.gatehouse.shared.AuthenticatedUser;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.EmailAddress;
import io.gatehouse.shared.Forbidden;
import io.gatehouse.shared.GatehouseSettings;
import io.gatehouse.shared.InvalidRequest;
import io.gatehouse.shared.Keyset;
import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.Page;
import io.gatehouse.shared.PageRequest;
import io.gatehouse.shared.Problem;
import io.gatehouse.shared.Secret;
import io.gatehouse.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What owners do with invitations: invite (or refresh), resend, revoke, list. The caller has been authorized as an
 * owner of the organization. A request is validated whole before anything is stored or sent.
 */
@Service
public class InvitationService {

    static final int MAX_ADDRESSES = 1000;
    private static final Duration SEND_WINDOW = Duration.ofHours(1);

    private final InvitationRepository invitations;
    private final OrganizationService organizations;
    private final MembershipService memberships;
    private final ClusterService clusters;
    private final MailOutbox outbox;
    private final InvitationMails mails;
    private final AuditTrail audit;
    private final GatehouseSettings settings;
    private final InvitationSettings limits;
    private final Clock clock;
    private final RoleGrants grants;

    InvitationService(InvitationRepository invitations, OrganizationService organizations,
            MembershipService memberships, ClusterService clusters, MailOutbox outbox, InvitationMails mails,
            AuditTrail audit, GatehouseSettings settings, InvitationSettings limits, Clock clock, RoleGrants grants) {
        this.grants = grants;
        this.invitations = invitations;
        this.organizations = organizations;
        this.memberships = memberships;
        this.clusters = clusters;
        this.outbox = outbox;
        this.mails = mails;
        this.audit = audit;
        this.settings = settings;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Invites every address with the same roles, or refreshes the open invitation an address already has (new
     * roles, new link, new window). {@code roleProblems} are the problems already found in the roles, reported
     * together with those found here; if there is any, nothing is stored and nothing is sent.
     */
    @Transactional
    public List<InvitationView> invite(OrganizationId org, AuthenticatedUser inviter, List<String> emails,
            @Nullable String expiresIn, List<RoleAssignment> roles, List<Problem> roleProblems) {
        List<Problem> problems = new ArrayList<>(roleProblems);
        Duration window = InvitationWindow.parse(expiresIn, settings.invitationTtl()).orElse(null);
        if (window == null) {
            problems.add(Problem.of("organization.invitation_invalid_expiry",
                    "expires_in is a number and a unit s, m, h or d, from 1s to 30d", "expires_in"));
        }
        AddressList addresses = AddressList.parse(emails);
        if (addresses.size() > MAX_ADDRESSES) {
            // Refused before anything is looked up: one query cannot take that many addresses (PostgreSQL binds at
            // most 65,535 parameters), and a problem per address would make an answer as large as the request.
            problems.add(Problem.of("organization.invitations_too_many",
                    "At most " + MAX_ADDRESSES + " addresses in one request", "emails"));
            throw new InvalidRequest(problems);
        }
        addresses.invalid().forEach(text -> problems.add(Problem.of("organization.invitation_invalid_email",
                "\"" + text + "\" is not a valid email address", text)));
        if (addresses.isEmpty()) {
            problems.add(Problem.of("organization.invitation_invalid_email", "Enter at least one email address", "emails"));
        }
        organizations.lock(org); // one invitation request at a time per organization: no duplicate open invitations
        requireStillOwner(org, inviter);
        memberships.membersAmong(org, addresses.valid()).forEach(member -> problems.add(Problem.of(
                "organization.already_member", member + " is already a member of this organization", member.value())));
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        requireSendingAllowance(org, addresses.valid().size());
        Map<EmailAddress, Invitation> open = invitations.openByEmail(org, addresses.valid()).stream()
                .collect(Collectors.toMap(Invitation::email, Function.identity()));
        Instant now = clock.instant();
        List<RoleGrant> grants = List.copyOf(RoleAssignment.grantsOf(roles));
        List<Sending> sendings = addresses.valid().stream().map(address -> {
            Invitation existing = open.get(address);
            Invitation invitation = existing != null ? existing.resent(now, window, grants, inviter.id(), inviter.email())
                    : new Invitation(UUID.randomUUID(), org, address, Invitation.PENDING, window, inviter.id(),
                            inviter.email(), now, now, now.plus(window), 1, null, null, null, null, grants);
            return new Sending(invitation, existing != null);
        }).toList();
        List<Invitation> sent = send(org, sendings);
        audit.recordAll(org, sendings.stream().map(s -> new AuditTrail.Change(
                s.refresh() ? "invitation.refreshed" : "invitation.created", "invitation:" + s.invitation().id(),
                s.invitation().email() + " as " + grants + ", expires " + s.invitation().expiresAt())).toList());
        return views(org, sent);
    }

    /**
     * A new link and a new full window ({@code gatehouse.invitation-ttl}, 72 hours by default, whatever
     * {@code expires_in} the first sending asked) for a pending or expired invitation; the old link stops working.
     */
    @Transactional
    public InvitationView resend(OrganizationId org, UUID id, AuthenticatedUser by) {
        organizations.lock(org);
        requireStillOwner(org, by);
        Invitation invitation = invitations.find(org, id).orElseThrow(InvitationNotFound::new);
        invitation.requireOpen();
        requireSendingAllowance(org, 1);
        Invitation resent = invitation.resent(clock.instant(), settings.invitationTtl(), invitation.grants(), by.id(),
                by.email());
        List<Invitation> sent = send(org, List.of(new Sending(resent, true)));
        audit.record(org, "invitation.resent", "invitation:" + id, resent.email() + ", expires " + resent.expiresAt());
        return views(org, sent).get(0);
    }

    /** Revokes pending (or expired) invitations, all or none; an id already revoked is not found. */
    @Transactional
    public void revoke(OrganizationId org, Collection<UUID> ids) {
        organizations.lock(org);
        Set<UUID> wanted = new LinkedHashSet<>(ids);
        List<Invitation> found = invitations.findAll(org, wanted);
        // A revoked invitation is gone for its users: revoking it again answers like an unknown id (API.md).
        if (found.size() != wanted.size() || found.stream().anyMatch(i -> i.state().equals(Invitation.REVOKED))) {
            throw new InvitationNotFound();
        }
        if (found.stream().anyMatch(i -> i.state().equals(Invitation.ACCEPTED))) {
            throw new InvitationAlreadyAccepted();
        }
        List<Invitation> open = found.stream().filter(i -> i.state().equals(Invitation.PENDING)).toList();
        if (!open.isEmpty()) {
            invitations.revoke(org, open.stream().map(Invitation::id).toList(), clock.instant());
        }
        audit.recordAll(org, open.stream().map(i -> new AuditTrail.Change("invitation.revoked", "invitation:" + i.id(),
                i.email().value())).toList());
    }

    /** How many pending invitations {@code user} sent last (they lapse when the user stops being an owner). */
    @Transactional(readOnly = true)
    public int pendingSentBy(OrganizationId org, UserId user) {
        return invitations.pendingInvitedBy(org, user).size();
    }

    /** Newest first, optionally only those in one status. */
    @Transactional(readOnly = true)
    public Page<InvitationView> list(OrganizationId org, @Nullable InvitationStatus status, PageRequest page) {
        Keyset before = page.afterKeyset(Keyset.LAST);
        List<Invitation> rows = invitations.page(org, status, clock.instant(), before.timestamp(), before.id(),
                page.size() + 1);
        Page<Invitation> found = Page.of(rows, page.size(), i -> Keyset.position(i.createdAt(), i.id()));
        return new Page<>(views(org, found.items()), found.nextCursor());
    }

    private record Sending(Invitation invitation, boolean refresh) {
    }

    /** Queues one email per invitation and stores the invitations with their new secrets' hashes. */
    /**
     * The request was authorized when it came in; this is checked again under the organization's lock, which
     * demotions and removals take too, so that an owner demoted meanwhile sends nothing that would outlive their
     * ownership (their pending invitations were revoked with it).
     */
    private void requireStillOwner(OrganizationId org, AuthenticatedUser user) {
        if (!grants.owners(org).contains(user.id())) {
            throw new Forbidden("auth.forbidden", "Only owners send invitations, and you are no longer one");
        }
    }

    /** Stores and mails each invitation with a new secret; returns them as stored, each with its new mail. */
    private List<Invitation> send(OrganizationId org, List<Sending> sendings) {
        String organizationName = organizations.get(org).name();
        List<String> secrets = new ArrayList<>();
        List<OutgoingMail> outgoing = new ArrayList<>();
        Map<List<RoleGrant>, List<String>> rolesInWords = new java.util.HashMap<>();
        for (Sending sending : sendings) {
            Invitation invitation = sending.invitation();
            String secret = Secret.random();
            secrets.add(secret);
            List<String> roles = rolesInWords.computeIfAbsent(invitation.grants(), g -> inWords(org, g));
            outgoing.add(mails.invitation(invitation.email(), organizationName, invitation.invitedByEmail(), roles,
                    invitation.expiresAt(), invitation.id() + "." + secret));
        }
        List<UUID> mailIds = outbox.enqueueAll(outgoing);
        List<InvitationRepository.Stored> created = new ArrayList<>();
        List<InvitationRepository.Stored> resent = new ArrayList<>();
        List<Invitation> sent = new ArrayList<>();
        for (int i = 0; i < sendings.size(); i++) {
            Invitation invitation = sendings.get(i).invitation().withMail(mailIds.get(i));
            var stored = new InvitationRepository.Stored(invitation, Secret.sha256(secrets.get(i)));
            (sendings.get(i).refresh() ? resent : created).add(stored);
            sent.add(invitation);
        }
        invitations.insertAll(created);
        invitations.resendAll(resent);
        Instant now = clock.instant();
        invitations.logSends(org, sendings.size(), now, now.minus(SEND_WINDOW));
        return sent;
    }

    private void requireSendingAllowance(OrganizationId org, int sending) {
        long sent = invitations.sendsSince(org, clock.instant().minus(SEND_WINDOW));
        if (sent + sending > limits.maxSendsPerHour()) {
            throw new InvitationsRateLimited(limits.maxSendsPerHour());
        }
    }

    private List<String> inWords(OrganizationId org, List<RoleGrant> grants) {
        List<RoleAssignment> assignments = RoleAssignment.fromGrants(grants);
        Set<ClusterId> named = new LinkedHashSet<>();
        assignments.forEach(a -> named.addAll(a.clusters()));
        Map<ClusterId, String> names = clusters.names(org, named);
        return assignments.stream().map(a -> a.inWords(id -> names.getOrDefault(id, id.toString()))).toList();
    }

    private List<InvitationView> views(OrganizationId org, List<Invitation> list) {
        String name = organizations.get(org).name();
        Map<UUID, DeliveryState> delivery = outbox.states(list.stream().map(Invitation::mailId)
                .filter(java.util.Objects::nonNull).toList());
        return list.stream().map(i -> new InvitationView(i, name, i.mailId() == null ? null : delivery.get(i.mailId())))
                .toList();
    }
}
