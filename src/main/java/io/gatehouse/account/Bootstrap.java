package io.gatehouse.account;

import java.time.Clock;
import java.util.List;

import io.gatehouse.access.RoleAssignment;
import io.gatehouse.audit.AuditTrail;
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
 * Creates the bootstrap organization and its verified owner once: if a user with that email exists, nothing
 * happens, so restarts (and later password changes) are left alone.
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
    private final Clock clock;

    Bootstrap(BootstrapSettings settings, UserRepository users, OrganizationService organizations,
            MembershipService memberships, AuditTrail audit, PasswordEncoder passwords, Clock clock) {
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
    }
}
