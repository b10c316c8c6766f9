package io.gatehouse.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.gatehouse.shared.EmailAddress;
import io.gatehouse.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users are global (a user exists before joining an organization); emails are stored normalised. */
@Repository
class UserRepository {

    private static final String COLUMNS = "id, email, name, password_hash, verified, created_at, last_login_at";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM users WHERE id = :id";
    private static final String BY_EMAIL = "SELECT " + COLUMNS + " FROM users WHERE email = :email";
    private static final String INSERT = """
            INSERT INTO users (id, email, name, password_hash, verified, created_at)
            VALUES (:id, :email, :name, :hash, :verified, :at)
            """;
    private static final String VERIFY = """
            UPDATE users SET verified = TRUE, password_hash = :hash, name = :name WHERE id = :id
            """;
    private static final String SET_PASSWORD = "UPDATE users SET password_hash = :hash WHERE id = :id";
    private static final String RENAME = "UPDATE users SET name = :name WHERE id = :id";
    private static final String SIGNED_IN = "UPDATE users SET last_login_at = :at WHERE id = :id";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<User> find(UserId id) {
        return jdbc.sql(BY_ID).param("id", id.value()).query(UserRepository::map).optional();
    }

    Optional<User> find(EmailAddress email) {
        return jdbc.sql(BY_EMAIL).param("email", email.value()).query(UserRepository::map).optional();
    }

    void insert(User user) {
        jdbc.sql(INSERT)
                .param("id", user.id().value())
                .param("email", user.email().value())
                .param("name", user.name())
                .param("hash", user.passwordHash())
                .param("verified", user.verified())
                .param("at", Timestamp.from(user.createdAt()))
                .update();
    }

    void markVerified(UserId id, String passwordHash, String name) {
        jdbc.sql(VERIFY).param("hash", passwordHash).param("name", name).param("id", id.value()).update();
    }

    void setPassword(UserId id, String passwordHash) {
        jdbc.sql(SET_PASSWORD).param("hash", passwordHash).param("id", id.value()).update();
    }

    void rename(UserId id, String name) {
        jdbc.sql(RENAME).param("name", name).param("id", id.value()).update();
    }

    void signedIn(UserId id, Instant at) {
        jdbc.sql(SIGNED_IN).param("at", Timestamp.from(at)).param("id", id.value()).update();
    }

    private static User map(ResultSet rs, int n) throws SQLException {
        Timestamp last = rs.getTimestamp("last_login_at");
        return new User(new UserId(rs.getObject("id", UUID.class)), new EmailAddress(rs.getString("email")),
                rs.getString("name"), rs.getString("password_hash"), rs.getBoolean("verified"),
                rs.getTimestamp("created_at").toInstant(), last == null ? null : last.toInstant());
    }
}
