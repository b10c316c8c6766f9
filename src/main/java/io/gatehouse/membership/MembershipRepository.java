package io.gatehouse.membership;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.gatehouse.access.AccessChanges;
import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MembershipRepository {

    record MemberRow(UserId userId, String name, String email, Instant memberSince, @Nullable Instant lastSignInAt) {
    }

    private static final String INSERT = "INSERT INTO memberships (organization_id, user_id, created_at) VALUES (:org, :user, :at)";
    private static final String DELETE = "DELETE FROM memberships WHERE organization_id = :org AND user_id IN (:users)";
    private static final String EXISTING = """
            SELECT user_id FROM memberships WHERE organization_id = :org AND user_id IN (:users)
            """;
    private static final String ORGANIZATIONS_OF_EMAILS = """
            SELECT u.email, m.organization_id FROM memberships m JOIN users u ON u.id = m.user_id
            WHERE u.email IN (:emails)
            """;
    private static final String ORGANIZATION_OF = "SELECT organization_id FROM memberships WHERE user_id = :user";
    private static final String COUNT = "SELECT COUNT(*) FROM memberships WHERE organization_id = :org";
    private static final String PAGE = """
            SELECT u.id, u.name, u.email, m.created_at, u.last_login_at FROM memberships m
            JOIN users u ON u.id = m.user_id
            WHERE m.organization_id = :org
              AND (m.created_at > :afterAt OR (m.created_at = :afterAt AND m.user_id > :afterId))
            ORDER BY m.created_at, m.user_id
            LIMIT :limit
            """;
    private static final String ONE = """
            SELECT u.id, u.name, u.email, m.created_at, u.last_login_at FROM memberships m
            JOIN users u ON u.id = m.user_id
            WHERE m.organization_id = :org AND m.user_id = :user
            """;

    private final JdbcClient jdbc;
    private final AccessChanges changes;

    MembershipRepository(JdbcClient jdbc, AccessChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    void insert(OrganizationId org, UserId user, Instant at) {
        jdbc.sql(INSERT).param("org", org.value()).param("user", user.value()).param("at", Timestamp.from(at)).update();
        changes.changed(org, List.of(user));
    }

    /** Their role grants go with them (a cascading foreign key). */
    void delete(OrganizationId org, Collection<UserId> users) {
        jdbc.sql(DELETE).param("org", org.value()).param("users", ids(users)).update();
        changes.changed(org, users);
    }

    Set<UserId> existing(OrganizationId org, Collection<UserId> users) {
        return jdbc.sql(EXISTING).param("org", org.value()).param("users", ids(users))
                .query((rs, n) -> new UserId(rs.getObject(1, UUID.class))).stream().collect(Collectors.toSet());
    }

    /** The organization each of these addresses is a member of (one at most: the one-organization rule). */
    Map<String, OrganizationId> organizationsOf(Collection<String> emails) {
        Map<String, OrganizationId> found = new java.util.HashMap<>();
        if (!emails.isEmpty()) {
            jdbc.sql(ORGANIZATIONS_OF_EMAILS).param("emails", emails).query(rs -> {
                found.put(rs.getString("email"), new OrganizationId(rs.getObject("organization_id", UUID.class)));
            });
        }
        return found;
    }

    Optional<OrganizationId> organizationOf(UserId user) {
        return jdbc.sql(ORGANIZATION_OF).param("user", user.value())
                .query((rs, n) -> new OrganizationId(rs.getObject(1, UUID.class))).optional();
    }

    long count(OrganizationId org) {
        return jdbc.sql(COUNT).param("org", org.value()).query(Long.class).single();
    }

    List<MemberRow> page(OrganizationId org, Timestamp afterAt, UUID afterId, int limit) {
        return jdbc.sql(PAGE).param("org", org.value()).param("afterAt", afterAt).param("afterId", afterId)
                .param("limit", limit).query(MembershipRepository::row).list();
    }

    Optional<MemberRow> find(OrganizationId org, UserId user) {
        return jdbc.sql(ONE).param("org", org.value()).param("user", user.value()).query(MembershipRepository::row)
                .optional();
    }

    private static MemberRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp last = rs.getTimestamp("last_login_at");
        return new MemberRow(new UserId(rs.getObject("id", UUID.class)), rs.getString("name"), rs.getString("email"),
                rs.getTimestamp("created_at").toInstant(), last == null ? null : last.toInstant());
    }

    private static List<UUID> ids(Collection<UserId> users) {
        return users.stream().map(UserId::value).toList();
    }
}
