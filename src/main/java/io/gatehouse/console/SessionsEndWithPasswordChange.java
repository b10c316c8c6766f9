package io.gatehouse.console;

import io.gatehouse.account.SignedOutEverywhere;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A password reset ends the user's console sessions too, on every node (they live in the database), once the new
 * password is committed: whoever knew the old one is out.
 */
@Component
class SessionsEndWithPasswordChange {

    private final FindByIndexNameSessionRepository<?> sessions;

    SessionsEndWithPasswordChange(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(SignedOutEverywhere signedOut) {
        sessions.findByPrincipalName(signedOut.user().toString()).keySet().forEach(sessions::deleteById);
    }
}
