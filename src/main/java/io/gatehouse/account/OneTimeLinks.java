package io.gatehouse.account;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.gatehouse.shared.Secret;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Redeems the token of an emailed link ({@code <id>.<secret>}): found by id, locked, checked for purpose and
 * expiry, compared in constant time, and used up. Every refusal is the same {@link InvalidAccountToken}.
 */
@Component
class OneTimeLinks {

    private final AccountTokenRepository tokens;
    private final Clock clock;

    OneTimeLinks(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Call inside a transaction: the token's row stays locked until it ends. */
    AccountToken use(@Nullable String token, String purpose) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 0) {
            throw new InvalidAccountToken();
        }
        UUID id;
        try {
            id = UUID.fromString(token.substring(0, dot));
        } catch (IllegalArgumentException e) {
            throw new InvalidAccountToken();
        }
        AccountToken stored = tokens.findForUpdate(id).orElseThrow(InvalidAccountToken::new);
        Instant now = clock.instant();
        if (!stored.usableFor(purpose, now) || !Secret.matches(token.substring(dot + 1), stored.tokenHash())
                || !tokens.use(id, now)) {
            throw new InvalidAccountToken();
        }
        return stored;
    }
}
