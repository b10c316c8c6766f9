package io.gatehouse.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.gatehouse.mail.MailOutbox;
import io.gatehouse.shared.EmailAddress;
import io.gatehouse.shared.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Password reset by emailed link: asking for the link, and setting the new password with it. */
@Service
public class PasswordResetService {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetService.class);

    private final UserRepository users;
    private final AccountTokenRepository tokens;
    private final OneTimeLinks links;
    private final SignInTokenRepository signIns;
    private final AccountRequests requests;
    private final MailOutbox outbox;
    private final AccountMails mails;
    private final PasswordEncoder passwords;
    private final AccountSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordResetService(UserRepository users, AccountTokenRepository tokens, OneTimeLinks links,
            SignInTokenRepository signIns, AccountRequests requests, MailOutbox outbox, AccountMails mails,
            PasswordEncoder passwords, AccountSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.links = links;
        this.signIns = signIns;
        this.requests = requests;
        this.outbox = outbox;
        this.mails = mails;
        this.passwords = passwords;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sends a reset link if the address belongs to a verified account; silent otherwise, and silent too when the
     * address got its share of account emails this hour. Refused ({@code 429}) when {@code client} asks too often.
     */
    @Transactional
    public void requestPasswordReset(String email, String client) {
        requests.admit(client);
        Optional<EmailAddress> address = EmailAddress.lookup(email);
        Optional<User> user = address.flatMap(users::find).filter(User::verified);
        if (user.isEmpty()) {
            return;
        }
        if (!requests.mayMail(user.get().email())) {
            log.info("Password reset for {} not sent: the address had its account emails for now", user.get().email());
            return;
        }
        Instant now = clock.instant();
        tokens.retireAll(user.get().id(), AccountToken.RESET, now);
        String secret = Secret.random();
        AccountToken token = new AccountToken(UUID.randomUUID(), user.get().id(), AccountToken.RESET,
                Secret.sha256(secret), null, null, null, now.plus(settings.resetTtl()), null);
        tokens.insert(token, now);
        outbox.enqueue(mails.reset(user.get().email(), user.get().name(), token.id() + "." + secret));
    }

    /** Sets a new password from a reset link and signs the user out everywhere: tokens now, console sessions at commit. */
    @Transactional
    public void setPassword(String token, String password) {
        String hash = passwords.encode(PasswordPolicy.require(password));
        AccountToken used = links.use(token, AccountToken.RESET);
        users.setPassword(used.user(), hash);
        signIns.revokeAll(used.user());
        events.publishEvent(new SignedOutEverywhere(used.user()));
    }
}
