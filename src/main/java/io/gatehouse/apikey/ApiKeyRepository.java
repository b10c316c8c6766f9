package io.gatehouse.apikey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.gatehouse.shared.Keyset;
import io.gatehouse.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiKeyRepository {

    record Stored(ApiKey key, String hash, String ownerEmail) {
    }

    private static final String COLUMNS = "k.id, k.user_id, k.description, k.created_at, k.expires_at, k.last_used_at";
    private static final String INSERT = """
            INSERT INTO api_keys (id, user_id, description, key_hash, created_at, expires_at)
            VALUES (:id, :user, :description, :hash, :created, :expires)
            """;
    private static final String OF_USER = "SELECT " + COLUMNS
            + " FROM api_keys k WHERE k.user_id = :user ORDER BY k.created_at, k.id";
    private static final String PAGE = "SELECT " + COLUMNS + """
             FROM api_keys k WHERE k.user_id = :user
               AND (k.created_at > :afterAt OR (k.created_at = :afterAt AND k.id > :afterId))
             ORDER BY k.created_at, k.id LIMIT :limit
            """;
    private static final String BY_ID = "SELECT " + COLUMNS + """
            , k.key_hash, u.email FROM api_keys k JOIN users u ON u.id = k.user_id WHERE k.id = :id
            """;
    private static final String OWN = "SELECT " + COLUMNS + " FROM api_keys k WHERE k.id = :id AND k.user_id = :user";
    private static final String DELETE = "DELETE FROM api_keys WHERE id = :id AND user_id = :user";
    // Written at most once a minute per key, so that a busy script does not turn every read into a write.
    private static final String USED = """
            UPDATE api_keys SET last_used_at = :now
            WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :staleBefore)
            """;

    private final JdbcClient jdbc;

    ApiKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ApiKey key, String hash) {
        jdbc.sql(INSERT).param("id", key.id()).param("user", key.owner().value()).param("description", key.description())
                .param("hash", hash).param("created", Timestamp.from(key.createdAt()))
                .param("expires", Timestamp.from(key.expiresAt())).update();
    }

    List<ApiKey> ofUser(UserId user) {
        return jdbc.sql(OF_USER).param("user", user.value()).query(ApiKeyRepository::map).list();
    }

    List<ApiKey> page(UserId user, Keyset after, int limit) {
        return jdbc.sql(PAGE).param("user", user.value()).param("afterAt", after.timestamp())
                .param("afterId", after.id()).param("limit", limit).query(ApiKeyRepository::map).list();
    }

    Optional<Stored> byId(UUID id) {
        return jdbc.sql(BY_ID).param("id", id)
                .query((rs, n) -> new Stored(map(rs, n), rs.getString("key_hash"), rs.getString("email"))).optional();
    }

    Optional<ApiKey> find(UserId user, UUID id) {
        return jdbc.sql(OWN).param("id", id).param("user", user.value()).query(ApiKeyRepository::map).optional();
    }

    boolean delete(UserId user, UUID id) {
        return jdbc.sql(DELETE).param("id", id).param("user", user.value()).update() == 1;
    }

    void markUsed(UUID id, Instant now) {
        jdbc.sql(USED).param("now", Timestamp.from(now)).param("staleBefore", Timestamp.from(now.minusSeconds(60)))
                .param("id", id).update();
    }

    private static ApiKey map(ResultSet rs, int n) throws SQLException {
        Timestamp used = rs.getTimestamp("last_used_at");
        return new ApiKey(rs.getObject("id", UUID.class), new UserId(rs.getObject("user_id", UUID.class)),
                rs.getString("description"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(), used == null ? null : used.toInstant());
    }
}
