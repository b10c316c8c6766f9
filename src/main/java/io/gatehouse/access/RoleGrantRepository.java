package io.gatehouse.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The role_grants table. Every method is scoped by organization. */
@Repository
class RoleGrantRepository {

    // The snapshot reads the membership with the grants, so that a member with no role is still a member.
    private static final String SNAPSHOT = """
            SELECT m.organization_id, g.role, g.scope FROM memberships m
            LEFT JOIN role_grants g ON g.organization_id = m.organization_id AND g.user_id = m.user_id
            WHERE m.user_id = :user
            """;
    private static final String OF_MEMBER = """
            SELECT role, scope FROM role_grants WHERE organization_id = :org AND user_id = :user
            """;
    private static final String OF_MEMBERS = """
            SELECT user_id, role, scope FROM role_grants WHERE organization_id = :org AND user_id IN (:users)
            """;
    private static final String INSERT = """
            INSERT INTO role_grants (organization_id, user_id, role, scope) VALUES (?, ?, ?, ?)
            """;
    private static final String DELETE_ONE = """
            DELETE FROM role_grants WHERE organization_id = ? AND user_id = ? AND role = ? AND scope = ?
            """;
    private static final String DELETE_ALL = "DELETE FROM role_grants WHERE organization_id = :org AND user_id = :user";
    private static final String DELETE_SCOPE = "DELETE FROM role_grants WHERE organization_id = :org AND scope = :scope";
    private static final String OWNERS = """
            SELECT user_id FROM role_grants WHERE organization_id = :org AND role = 'organization-owner'
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final AccessChanges changes;

    RoleGrantRepository(JdbcClient jdbc, JdbcTemplate batch, AccessChanges changes) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.changes = changes;
    }

    @Transactional(readOnly = true)
    AccessSnapshot snapshot(UserId user) {
        List<Map<String, Object>> rows = jdbc.sql(SNAPSHOT).param("user", user.value()).query().listOfRows();
        if (rows.isEmpty()) {
            return new AccessSnapshot(user, null, List.of());
        }
        OrganizationId organization = new OrganizationId((UUID) rows.get(0).get("organization_id"));
        List<RoleGrant> grants = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            if (row.get("role") != null) {
                grants.add(new RoleGrant(Role.fromId((String) row.get("role")), Scope.fromKey((String) row.get("scope"))));
            }
        }
        return new AccessSnapshot(user, organization, grants);
    }

    List<RoleGrant> grantsOf(OrganizationId org, UserId user) {
        return jdbc.sql(OF_MEMBER).param("org", org.value()).param("user", user.value())
                .query((rs, n) -> new RoleGrant(Role.fromId(rs.getString("role")), Scope.fromKey(rs.getString("scope"))))
                .list();
    }

    Map<UserId, List<RoleGrant>> grantsOf(OrganizationId org, Collection<UserId> users) {
        Map<UserId, List<RoleGrant>> byUser = new HashMap<>();
        if (users.isEmpty()) {
            return byUser;
        }
        jdbc.sql(OF_MEMBERS).param("org", org.value()).param("users", users.stream().map(UserId::value).toList())
                .query(rs -> {
                    byUser.computeIfAbsent(new UserId(rs.getObject("user_id", UUID.class)), u -> new ArrayList<>())
                            .add(new RoleGrant(Role.fromId(rs.getString("role")), Scope.fromKey(rs.getString("scope"))));
                });
        return byUser;
    }

    void insert(OrganizationId org, UserId user, Collection<RoleGrant> grants) {
        batch.batchUpdate(INSERT, rows(org, user, grants));
        changes.changed(org);
    }

    void delete(OrganizationId org, UserId user, Collection<RoleGrant> grants) {
        batch.batchUpdate(DELETE_ONE, rows(org, user, grants));
        changes.changed(org);
    }

    void deleteAll(OrganizationId org, UserId user) {
        jdbc.sql(DELETE_ALL).param("org", org.value()).param("user", user.value()).update();
        changes.changed(org);
    }

    int deleteScope(OrganizationId org, ClusterId cluster) {
        changes.changed(org);
        return jdbc.sql(DELETE_SCOPE).param("org", org.value()).param("scope", Scope.of(cluster).key()).update();
    }

    List<UserId> owners(OrganizationId org) {
        return jdbc.sql(OWNERS).param("org", org.value()).query((rs, n) -> new UserId(rs.getObject(1, UUID.class))).list();
    }

    private static List<Object[]> rows(OrganizationId org, UserId user, Collection<RoleGrant> grants) {
        return grants.stream()
                .map(g -> new Object[] { org.value(), user.value(), g.role().id(), g.scope().key() })
                .toList();
    }
}
