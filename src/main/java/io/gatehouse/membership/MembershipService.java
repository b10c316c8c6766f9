package io.gatehouse.membership;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.gatehouse.access.RoleAssignment;
import io.gatehouse.access.RoleGrant;
import io.gatehouse.access.RoleGrants;
import io.gatehouse.audit.AuditTrail;
import io.gatehouse.cluster.ClusterService;
import io.gatehouse.organization.OrganizationService;
import io.gatehouse.shared.EmailAddress;
import io.gatehouse.shared.Forbidden;
import io.gatehouse.shared.InsertIfAbsent;
import io.gatehouse.shared.Keyset;
import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.Page;
import io.gatehouse.shared.PageRequest;
import io.gatehouse.shared.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining, listing, removing and leaving. Every change takes the organization's row lock first, so the owner count
 * it checks cannot change under it.
 */
@Service
public class MembershipService {


    private final MembershipRepository memberships;
    private final RoleGrants grants;
    private final OrganizationService organizations;
    private final ClusterService clusters;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MembershipService(MembershipRepository memberships, RoleGrants grants, OrganizationService organizations,
            ClusterService clusters, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.memberships = memberships;
        this.grants = grants;
        this.organizations = organizations;
        this.clusters = clusters;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Makes the user a member with the given roles, in the caller's transaction. The database refuses a second
     * organization; that refusal names the organization the user is in.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void join(OrganizationId org, UserId user, Collection<RoleAssignment> roles) {
        Optional<OrganizationId> current = memberships.organizationOf(user);
        if (current.isPresent()) {
            throw alreadyIn(current.get());
        }
        if (!InsertIfAbsent.run(() -> memberships.insert(org, user, clock.instant()))) {
            // Another transaction made the user a member between our check and our insert.
            throw alreadyIn(memberships.organizationOf(user).orElseThrow());
        }
        grants.add(org, user, RoleAssignment.grantsOf(roles));
    }

    @Transactional(readOnly = true)
    public Optional<OrganizationId> organizationOf(UserId user) {
        return memberships.organizationOf(user);
    }

    /** Which of these (normalised) addresses belong to members of the organization. */
    @Transactional(readOnly = true)
    public Set<EmailAddress> membersAmong(OrganizationId org, Collection<EmailAddress> emails) {
        return whose(emails, org::equals);
    }

    /**
     * Which of these addresses belong to another organization, and so cannot accept an invitation before leaving it
     * (the console warns the owner who invites them). The other organizations are not named.
     */
    @Transactional(readOnly = true)
    public Set<EmailAddress> inOtherOrganizations(OrganizationId org, Collection<EmailAddress> emails) {
        return whose(emails, other -> !other.equals(org));
    }

    /** Those of {@code emails} that belong to a member of an organization {@code where} accepts. */
    private Set<EmailAddress> whose(Collection<EmailAddress> emails, Predicate<OrganizationId> where) {
        Map<String, OrganizationId> organizations = memberships.organizationsOf(
                emails.stream().map(EmailAddress::value).toList());
        return emails.stream().filter(e -> {
            OrganizationId organization = organizations.get(e.value());
            return organization != null && where.test(organization);
        }).collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public boolean isMember(OrganizationId org, UserId user) {
        return !memberships.existing(org, List.of(user)).isEmpty();
    }

    @Transactional(readOnly = true)
    public Member member(OrganizationId org, UserId user) {
        var row = memberships.find(org, user).orElseThrow(MembershipNotFound::new);
        return new Member(org, row.userId(), row.name(), row.email(), row.memberSince(), row.lastSignInAt(),
                RoleAssignment.fromGrants(grants.of(org, user)));
    }

    /** Members in the order they joined, with their roles: two queries per page. */
    @Transactional(readOnly = true)
    public Page<Member> members(OrganizationId org, PageRequest page) {
        Keyset after = page.afterKeyset(Keyset.FIRST);
        var rows = memberships.page(org, after.timestamp(), after.id(), page.size() + 1);
        Map<UserId, List<RoleGrant>> roles = grants.of(org, rows.stream().map(MembershipRepository.MemberRow::userId).toList());
        return Page.of(rows, page.size(), r -> Keyset.position(r.memberSince(), r.userId().value()))
                .map(r -> new Member(org, r.userId(), r.name(), r.email(), r.memberSince(), r.lastSignInAt(),
                        RoleAssignment.fromGrants(roles.getOrDefault(r.userId(), List.of()))));
    }

    /**
     * Removes members; a caller who is not an owner may only remove itself (leave). The last owner stays, except
     * that a sole member of an organization without clusters may leave, which deletes the empty organization.
     *
     * @param callerIsOwner whether the caller holds the owner role in {@code org}
     */
    @Transactional
    public void remove(OrganizationId org, UserId caller, boolean callerIsOwner, Collection<UserId> users) {
        Set<UserId> targets = new LinkedHashSet<>(users);
        if (!callerIsOwner && !targets.equals(Set.of(caller))) {
            throw new Forbidden("auth.forbidden", "Only owners can remove other members");
        }
        organizations.lock(org);
        if (!memberships.existing(org, targets).containsAll(targets)) {
            throw new MembershipNotFound();
        }
        if (memberships.count(org) == targets.size()) {
            removeEveryone(org, caller, targets);
            return;
        }
        Set<UserId> owners = new HashSet<>(grants.owners(org));
        Set<UserId> remaining = new HashSet<>(owners);
        remaining.removeAll(targets);
        if (remaining.isEmpty()) {
            throw new LastOwner();
        }
        memberships.delete(org, targets);
        for (UserId user : targets) {
            audit.record(org, user.equals(caller) ? "member.left" : "member.removed", "user:" + user, null);
            if (owners.contains(user)) {
                events.publishEvent(new OwnershipEnded(org, user));
            }
        }
    }

    private void removeEveryone(OrganizationId org, UserId caller, Set<UserId> targets) {
        if (!targets.equals(Set.of(caller)) || clusters.count(org) > 0) {
            throw new LastOwner();
        }
        memberships.delete(org, targets);
        audit.record(org, "member.left", "user:" + caller, null);
        audit.record(org, "organization.deleted", "organization:" + org, "its last member left and it had no clusters");
        organizations.delete(org);
    }

    private AlreadyInAnotherOrganization alreadyIn(OrganizationId other) {
        return new AlreadyInAnotherOrganization(organizations.get(other).name());
    }
}
