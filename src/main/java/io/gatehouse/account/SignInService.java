package io.gatehouse.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.gatehouse.shared.AuthenticatedUser;
import io.gatehouse.shared.EmailAddress;
import io.gatehouse.shared.Secret;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Password sign-in, rate-limited on failures, issuing bearer tokens "&lt;id&gt;.&lt;secret&gt;" that last 24 hours. */
@Service
public class SignInService {

    /** Compared against when the account does not exist, so that the answer takes as long either way. */
    private final String decoyHash;

    private final UserRepository users;
    private final SignInTokenRepository tokens;
    private final SignInFailures failures;
    private final PasswordEncoder passwords;
    private final AccountSettings settings;
    private final Clock clock;

    SignInService(UserRepository users, SignInTokenRepository tokens, SignInFailures failures,
            PasswordEncoder passwords, AccountSettings settings, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.failures = failures;
        this.passwords = passwords;
        this.settings = settings;
        this.clock = clock;
        this.decoyHash = passwords.encode(Secret.random());
    }

    public record IssuedToken(String token, Instant expiresAt, AuthenticatedUser user) {
    }

    /** Checks the password and issues a bearer token; a refusal never says whether the account exists. */
    @Transactional
    public IssuedToken signIn(String email, String password, String clientAddress) {
        EmailAddress address = EmailAddress.lookup(email).orElseThrow(InvalidCredentials::new);
        if (failures.overLimit(address, clientAddress)) {
            throw new SignInRateLimited();
        }
        Optional<User> user = users.find(address).filter(User::verified);
        String hash = user.map(User::passwordHash).orElse(decoyHash);
        boolean matches = password != null && passwords.matches(password, hash);
        if (user.isEmpty() || !matches) {
            failures.record(address, clientAddress);
            throw new InvalidCredentials();
        }
        failures.forget(address);
        Instant now = clock.instant();
        users.signedIn(user.get().id(), now);
        return issue(new AuthenticatedUser(user.get().id(), address.value()), now);
    }

    /** Issues a token for a user already proven by other means (the console's session, an invitation link). */
    @Transactional
    public IssuedToken issue(AuthenticatedUser user, Instant now) {
        UUID id = UUID.randomUUID();
        String secret = Secret.random();
        Instant expires = now.plus(settings.sessionTtl());
        tokens.insert(id, user.id(), Secret.sha256(secret), now, expires);
        return new IssuedToken(id + "." + secret, expires, user);
    }

    /** Resolves a bearer token to its user, if it is genuine and current. */
    @Transactional(readOnly = true)
    public Optional<AuthenticatedUser> authenticate(String token) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(token.substring(0, dot));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.find(id)
                .filter(stored -> now.isBefore(stored.expiresAt()))
                .filter(stored -> Secret.matches(token.substring(dot + 1), stored.hash()))
                .flatMap(stored -> users.find(stored.user()))
                .map(user -> new AuthenticatedUser(user.id(), user.email().value()));
    }
}
