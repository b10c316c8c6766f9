package io.gatehouse.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.gatehouse.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SignInTokenRepository {

    record StoredToken(UserId user, String hash, Instant expiresAt) {
    }

    private static final String INSERT = """
            INSERT INTO sign_in_tokens (id, user_id, token_hash, created_at, expires_at)
            VALUES (:id, :user, :hash, :at, :expires)
            """;
    private static final String FIND = "SELECT user_id, token_hash, expires_at FROM sign_in_tokens WHERE id = :id";
    private static final String REVOKE_ALL = "DELETE FROM sign_in_tokens WHERE user_id = :user";
    private static final String PURGE = "DELETE FROM sign_in_tokens WHERE user_id = :user AND expires_at < :now";

    private final JdbcClient jdbc;

    SignInTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UserId user, String hash, Instant at, Instant expires) {
        jdbc.sql(PURGE).param("user", user.value()).param("now", Timestamp.from(at)).update();
        jdbc.sql(INSERT).param("id", id).param("user", user.value()).param("hash", hash)
                .param("at", Timestamp.from(at)).param("expires", Timestamp.from(expires)).update();
    }

    Optional<StoredToken> find(UUID id) {
        return jdbc.sql(FIND).param("id", id).query((rs, n) -> new StoredToken(
                new UserId(rs.getObject("user_id", UUID.class)), rs.getString("token_hash"),
                rs.getTimestamp("expires_at").toInstant())).optional();
    }

    void revokeAll(UserId user) {
        jdbc.sql(REVOKE_ALL).param("user", user.value()).update();
    }
}
