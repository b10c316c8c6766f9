package io.gatehouse.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.gatehouse.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountTokenRepository {

    private static final String INSERT = """
            INSERT INTO account_tokens (id, user_id, purpose, token_hash, password_hash, name, organization_name,
                                        created_at, expires_at)
            VALUES (:id, :user, :purpose, :hash, :passwordHash, :name, :orgName, :at, :expires)
            """;
    private static final String FIND = """
            SELECT id, user_id, purpose, token_hash, password_hash, name, organization_name, expires_at, used_at
            FROM account_tokens WHERE id = :id FOR UPDATE
            """;
    private static final String USE = "UPDATE account_tokens SET used_at = :at WHERE id = :id AND used_at IS NULL";
    private static final String RETIRE = """
            UPDATE account_tokens SET used_at = :at WHERE user_id = :user AND purpose = :purpose AND used_at IS NULL
            """;

    private final JdbcClient jdbc;

    AccountTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AccountToken token, Instant now) {
        jdbc.sql(INSERT)
                .param("id", token.id())
                .param("user", token.user().value())
                .param("purpose", token.purpose())
                .param("hash", token.tokenHash())
                .param("passwordHash", token.passwordHash())
                .param("name", token.name())
                .param("orgName", token.organizationName())
                .param("at", Timestamp.from(now))
                .param("expires", Timestamp.from(token.expiresAt()))
                .update();
    }

    /** Locks the row, so that two requests with one link cannot both use it. */
    Optional<AccountToken> findForUpdate(UUID id) {
        return jdbc.sql(FIND).param("id", id).query((rs, n) -> {
            Timestamp used = rs.getTimestamp("used_at");
            return new AccountToken(rs.getObject("id", UUID.class), new UserId(rs.getObject("user_id", UUID.class)),
                    rs.getString("purpose"), rs.getString("token_hash"), rs.getString("password_hash"),
                    rs.getString("name"), rs.getString("organization_name"), rs.getTimestamp("expires_at").toInstant(),
                    used == null ? null : used.toInstant());
        }).optional();
    }

    boolean use(UUID id, Instant at) {
        return jdbc.sql(USE).param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    /** Retires the user's other open tokens of that purpose: only the newest link works. */
    void retireAll(UserId user, String purpose, Instant at) {
        jdbc.sql(RETIRE).param("at", Timestamp.from(at)).param("user", user.value()).param("purpose", purpose).update();
    }
}
