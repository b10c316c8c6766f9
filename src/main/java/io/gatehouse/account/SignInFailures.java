package io.gatehouse.account;

import java.sql.Timestamp;
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

    private static final String COUNT = "SELECT COUNT(*) FROM sign_in_failures WHERE subject = :subject AND failed_at > :since";
    private static final String INSERT = "INSERT INTO sign_in_failures (subject, failed_at) VALUES (:subject, :at)";
    private static final String FORGET = "DELETE FROM sign_in_failures WHERE subject = :subject";
    private static final String PURGE = "DELETE FROM sign_in_failures WHERE subject = :subject AND failed_at <= :since";

    private final JdbcClient jdbc;
    private final AccountSettings settings;
    private final Clock clock;

    SignInFailures(JdbcClient jdbc, AccountSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    boolean overLimit(EmailAddress account, String address) {
        Instant since = clock.instant().minus(settings.failureWindow());
        return count(accountKey(account), since) >= settings.maxFailuresPerAccount()
                || count(addressKey(address), since) >= settings.maxFailuresPerAddress();
    }

    /** Recorded in its own transaction: a failure counts even though the sign-in itself is refused. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(EmailAddress account, String address) {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp since = Timestamp.from(clock.instant().minus(settings.failureWindow()));
        for (String subject : new String[] { accountKey(account), addressKey(address) }) {
            jdbc.sql(PURGE).param("subject", subject).param("since", since).update();
            jdbc.sql(INSERT).param("subject", subject).param("at", now).update();
        }
    }

    void forget(EmailAddress account) {
        jdbc.sql(FORGET).param("subject", accountKey(account)).update();
    }

    private long count(String subject, Instant since) {
        return jdbc.sql(COUNT).param("subject", subject).param("since", Timestamp.from(since)).query(Long.class).single();
    }

    private static String accountKey(EmailAddress account) {
        return "account:" + account.value();
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
