package io.gatehouse.account;

import java.time.Clock;
import java.util.List;

import io.gatehouse.access.AccessSnapshot;
import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.access.RoleGrant;
import io.gatehouse.access.Scope;
import io.gatehouse.audit.AuditTrail;
import io.gatehouse.cluster.ClusterKind;
import io.gatehouse.cluster.ClusterService;
import io.gatehouse.membership.MembershipService;
import io.gatehouse.organization.Organization;
import io.gatehouse.organization.OrganizationService;
import io.gatehouse.shared.EmailAddress;
import io.gatehouse.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the bootstrap organization, its verified owner and its first clusters once: if a user with that email
 * exists, nothing happens, so restarts (and later password changes, renamed or disconnected clusters) are left alone.
 */
@Component
class Bootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

    private final BootstrapSettings settings;
    private final UserRepository users;
    private final OrganizationService organizations;
    private final MembershipService memberships;
    private final AuditTrail audit;
    private final PasswordEncoder passwords;
    private final ClusterService clusters;
    private final Clock clock;

    Bootstrap(BootstrapSettings settings, UserRepository users, OrganizationService organizations,
            MembershipService memberships, ClusterService clusters, AuditTrail audit, PasswordEncoder passwords,
            Clock clock) {
        this.clusters = clusters;
        this.settings = settings;
        this.users = users;
        this.organizations = organizations;
        this.memberships = memberships;
        this.audit = audit;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!settings.isSet()) {
            return;
        }
        EmailAddress email = EmailAddress.require(settings.ownerEmail(), "bootstrap.invalid_email",
                "gatehouse.bootstrap.owner-email");
        if (users.find(email).isPresent()) {
            return;
        }
        String hash = passwords.encode(PasswordPolicy.require(settings.ownerPassword()));
        User owner = new User(UserId.random(), email, email.value().substring(0, email.value().indexOf('@')), hash,
                true, clock.instant(), null);
        users.insert(owner);
        Organization organization = organizations.create(settings.organization());
        memberships.join(organization.id(), owner.id(), List.of(RoleAssignment.owner()));
        audit.recordAs(organization.id(), null, null, "organization.created", "organization:" + organization.id(),
                "bootstrap: name \"" + organization.name() + "\", owner " + email);
        log.info("Bootstrap: created organization \"{}\" with owner {}", organization.name(), email);
        AccessSnapshot asOwner = new AccessSnapshot(owner.id(), organization.id(), List.of(new RoleGrant(Role.ORGANIZATION_OWNER, Scope.ALL)));
        for (String name : settings.clusterNames()) {
            clusters.connect(organization.id(), asOwner, name, ClusterKind.SELF_MANAGED.apiName());
            log.info("Bootstrap: connected cluster \"{}\", pending until an agent reports (rotate its agent token on "
                    + "its page to start one)", name);
        }
    }
}
