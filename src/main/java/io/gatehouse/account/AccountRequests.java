package io.gatehouse.account;

import java.time.Clock;

import io.gatehouse.shared.EmailAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits on the requests that send account email (sign-up, password reset): per client address, answered with
 * {@code 429}; and per recipient, where going over sends nothing but answers the same (the answer must not say
 * whether an address has an account). Both count within {@code gatehouse.accounts.request-window}.
 */
@Repository
class AccountRequests {

    private final SlidingWindow requests;
    private final AccountSettings settings;
    private final Clock clock;

    AccountRequests(JdbcClient jdbc, AccountSettings settings, Clock clock) {
        this.requests = new SlidingWindow(jdbc, "account_requests", "requested_at");
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Counts a request from {@code client}, or refuses it when the address is over its limit. Counted in its own
     * transaction, so that a request refused later (a bad password, say) still counts.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void admit(String client) {
        if (!countIfUnder("client:" + client, settings.maxRequestsPerAddress())) {
            throw new AccountRequestsRateLimited();
        }
    }

    /** Whether one more account email may go to {@code recipient} now; if so, it is counted. */
    boolean mayMail(EmailAddress recipient) {
        return countIfUnder("recipient:" + recipient.value(), settings.maxMailsPerRecipient());
    }

    private boolean countIfUnder(String subject, int limit) {
        return requests.recordIfUnder(subject, limit, clock.instant(), settings.requestWindow());
    }
}
