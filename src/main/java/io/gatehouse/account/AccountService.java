package io.gatehouse.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.gatehouse.access.RoleAssignment;
import io.gatehouse.audit.AuditTrail;
import io.gatehouse.invitation.InvitationAcceptance;
import io.gatehouse.invitation.InvitationEmailMismatch;
import io.gatehouse.mail.MailOutbox;
import io.gatehouse.membership.MembershipService;
import io.gatehouse.organization.Organization;
import io.gatehouse.organization.OrganizationService;
import io.gatehouse.shared.Conflict;
import io.gatehouse.shared.EmailAddress;
import io.gatehouse.shared.GatehouseSettings;
import io.gatehouse.shared.InsertIfAbsent;
import io.gatehouse.shared.InvalidRequest;
import io.gatehouse.shared.NotFound;
import io.gatehouse.shared.OneLineText;
import io.gatehouse.shared.Secret;
import io.gatehouse.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up, verification and password reset. Answers never reveal whether an address has an account; emailed
 * links carry "&lt;token id&gt;.&lt;secret&gt;" and only the secret's hash is stored.
 */
@Service
public class AccountService {

    static final int MAX_NAME = 200;
    private static final String DEFAULT_ORGANIZATION = "'s organization";

    private final UserRepository users;
    private final SignUpIds ids;
    private final AccountTokenRepository tokens;
    private final OneTimeLinks links;
    private final AccountRequests requests;
    private final OrganizationService organizations;
    private final MembershipService memberships;
    private final InvitationAcceptance invitations;
    private final MailOutbox outbox;
    private final AccountMails mails;
    private final AuditTrail audit;
    private final PasswordEncoder passwords;
    private final GatehouseSettings settings;
    private final AccountSettings accountSettings;
    private final Clock clock;

    AccountService(UserRepository users, SignUpIds ids, AccountTokenRepository tokens, OneTimeLinks links,
            AccountRequests requests,
            OrganizationService organizations, MembershipService memberships, InvitationAcceptance invitations,
            MailOutbox outbox, AccountMails mails,
            AuditTrail audit, PasswordEncoder passwords, GatehouseSettings settings, AccountSettings accountSettings,
            Clock clock) {
        this.users = users;
        this.ids = ids;
        this.tokens = tokens;
        this.links = links;
        this.requests = requests;
        this.organizations = organizations;
        this.memberships = memberships;
        this.invitations = invitations;
        this.outbox = outbox;
        this.mails = mails;
        this.audit = audit;
        this.passwords = passwords;
        this.settings = settings;
        this.accountSettings = accountSettings;
        this.clock = clock;
    }

    /**
     * Starts a sign-up: the account and its new organization exist once the emailed link is followed. An existing
     * verified account gets a note instead, and the answer looks the same, on every call (see {@link SignUpIds}).
     * Everything asked for is checked first, so that the link always works.
     */
    @Transactional
    public SignUpResult signUp(String email, String password, String name, @Nullable String organizationName,
            @Nullable String invitationToken, String client) {
        requests.admit(client);
        if (invitationToken != null && !invitationToken.isBlank()) {
            return signUpInvited(email, password, name, invitationToken);
        }
        if (!settings.signupEnabled()) {
            throw new SignupDisabled();
        }
        EmailAddress address = EmailAddress.require(email, "auth.invalid_email", "email");
        String validName = validName(name);
        String orgName = organizationName == null || organizationName.isBlank() ? defaultOrganizationName(validName)
                : Organization.validName(organizationName, "organization_name");
        String hash = passwords.encode(PasswordPolicy.require(password));
        Optional<User> existing = users.find(address);
        if (existing.isPresent() && existing.get().verified()) {
            if (requests.mayMail(address)) {
                outbox.enqueue(mails.alreadyRegistered(address, existing.get().name()));
            }
            return new SignUpResult(ids.of(address), address.value(), false);
        }
        User user = existing.orElseGet(() -> insertUnverified(address, validName));
        Instant now = clock.instant();
        tokens.retireAll(user.id(), AccountToken.VERIFY, now);
        String secret = Secret.random();
        AccountToken token = new AccountToken(UUID.randomUUID(), user.id(), AccountToken.VERIFY, Secret.sha256(secret),
                hash, validName, orgName, now.plus(accountSettings.verifyTtl()), null);
        tokens.insert(token, now);
        if (requests.mayMail(address)) { // over its share of account emails, the address gets no more for now
            outbox.enqueue(mails.verify(address, validName, token.id() + "." + secret));
        }
        return new SignUpResult(user.id(), address.value(), false);
    }

    /**
     * Sign-up through an invitation link: the link proves the address, so the account is created verified (an
     * unverified pre-registration of the address is taken over, its password discarded). Joining is a separate
     * step ({@code _accept}); the console does both at once.
     */
    private SignUpResult signUpInvited(String email, String password, String name, String invitationToken) {
        EmailAddress invited = invitations.openInvitationFor(invitationToken);
        // Looked up, not held to today's syntax: the invitation proves the address, whatever rule it was stored under.
        EmailAddress address = EmailAddress.lookup(email).orElseThrow(() -> new InvalidRequest("auth.invalid_email",
                "\"" + email + "\" is not a valid email address", "email"));
        if (!address.equals(invited)) {
            throw new InvitationEmailMismatch();
        }
        String validName = validName(name);
        String hash = passwords.encode(PasswordPolicy.require(password));
        Optional<User> existing = users.find(address);
        if (existing.isPresent() && existing.get().verified()) {
            throw new Conflict("auth.account_exists",
                    "An account with this address already exists: log in to accept the invitation");
        }
        User user = existing.orElseGet(() -> insertUnverified(address, validName));
        users.markVerified(user.id(), hash, validName);
        tokens.retireAll(user.id(), AccountToken.VERIFY, clock.instant());
        return new SignUpResult(user.id(), address.value(), true);
    }

    /**
     * Follows a verification link: the address is proven, the password chosen at sign-up becomes the account's,
     * and a user without an organization gets the one they named, as its owner.
     */
    @Transactional
    public UserId verify(String token) {
        AccountToken used = links.use(token, AccountToken.VERIFY);
        User user = users.find(used.user()).orElseThrow(InvalidAccountToken::new);
        users.markVerified(user.id(), used.passwordHash(), used.name() == null ? user.name() : used.name());
        tokens.retireAll(user.id(), AccountToken.VERIFY, clock.instant());
        if (memberships.organizationOf(user.id()).isEmpty()) {
            Organization organization = organizations.create(used.organizationName());
            memberships.join(organization.id(), user.id(), List.of(RoleAssignment.owner()));
            audit.recordAs(organization.id(), user.id(), user.email().value(), "organization.created",
                    "organization:" + organization.id(), "name \"" + organization.name() + "\"");
            audit.recordAs(organization.id(), user.id(), user.email().value(), "member.joined", "user:" + user.id(),
                    "organization-owner (signed up)");
        }
        return user.id();
    }

    @Transactional(readOnly = true)
    public User user(UserId id) {
        return users.find(id).orElseThrow(() -> new NotFound("user.not_found", "No such user"));
    }

    @Transactional(readOnly = true)
    public Optional<User> user(EmailAddress email) {
        return users.find(email);
    }

    private User insertUnverified(EmailAddress address, String name) {
        User user = new User(ids.of(address), address, name, null, false, clock.instant(), null);
        // A concurrent sign-up with the same address may have inserted it first: carry on with that one.
        return InsertIfAbsent.run(() -> users.insert(user)) ? user : users.find(address).orElseThrow();
    }

    /** "NAME's organization", the name cut short with an ellipsis where it would not fit an organization's. */
    static String defaultOrganizationName(String name) {
        int room = Organization.MAX_NAME - DEFAULT_ORGANIZATION.length();
        if (name.length() <= room) {
            return name + DEFAULT_ORGANIZATION;
        }
        int end = room - 1;
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--; // never cut a character in two
        }
        return name.substring(0, end).stripTrailing() + "…" + DEFAULT_ORGANIZATION;
    }

    static String validName(@Nullable String name) {
        return OneLineText.require(name, MAX_NAME, "auth.invalid_name", "A name", "name");
    }
}
