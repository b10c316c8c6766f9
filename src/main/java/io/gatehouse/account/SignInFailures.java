package io.gatehouse.account;

import java.time.Clock;
import java.time.Instant;

import io.gatehouse.shared.EmailAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins per account and per client address, kept in the database so that every node counts the same.
 * Only failures count: a correct password is never slowed down by someone else's guesses, unless the account or
 * address is already over its limit.
 */
@Repository
class SignInFailures {

    private final SlidingWindow failures;
    private final AccountSettings settings;
    private final Clock clock;

    SignInFailures(JdbcClient jdbc, AccountSettings settings, Clock clock) {
        this.failures = new SlidingWindow(jdbc, "sign_in_failures", "failed_at");
        this.settings = settings;
        this.clock = clock;
    }

    boolean overLimit(EmailAddress account, String address) {
        Instant now = clock.instant();
        return failures.count(accountKey(account), now, settings.failureWindow()) >= settings.maxFailuresPerAccount()
                || failures.count(addressKey(address), now, settings.failureWindow())
                        >= settings.maxFailuresPerAddress();
    }

    /** Recorded in its own transaction: a failure counts even though the sign-in itself is refused. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(EmailAddress account, String address) {
        Instant now = clock.instant();
        failures.record(accountKey(account), now, settings.failureWindow());
        failures.record(addressKey(address), now, settings.failureWindow());
    }

    void forget(EmailAddress account) {
        failures.forget(accountKey(account));
    }

    private static String accountKey(EmailAddress account) {
        return "account:" + account.value();
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
