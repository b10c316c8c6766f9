package io.gatehouse.cluster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.OrganizationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clusters table; every query is scoped by organization, except the lookup that finds a cluster's owner. */
@Repository
class ClusterRepository {

    private static final String COLUMNS = "id, organization_id, name, kind, status, es_version, connected_at, last_report_at";
    private static final String FIND = "SELECT " + COLUMNS + " FROM clusters WHERE organization_id = :org AND id = :id";
    private static final String OWNER = "SELECT organization_id FROM clusters WHERE id = :id";
    private static final String TOKEN_HASH = "SELECT agent_token_hash FROM clusters WHERE id = :id";
    // Keyset pagination on (connected_at, id); :visible narrows to selected clusters when the caller's roles do.
    private static final String PAGE_ALL = "SELECT " + COLUMNS + """
             FROM clusters WHERE organization_id = :org
               AND (connected_at > :afterAt OR (connected_at = :afterAt AND id > :afterId))
             ORDER BY connected_at, id LIMIT :limit
            """;
    private static final String PAGE_VISIBLE = "SELECT " + COLUMNS + """
             FROM clusters WHERE organization_id = :org AND id IN (:visible)
               AND (connected_at > :afterAt OR (connected_at = :afterAt AND id > :afterId))
             ORDER BY connected_at, id LIMIT :limit
            """;
    private static final String EXISTING = "SELECT id FROM clusters WHERE organization_id = :org AND id IN (:ids)";
    private static final String NAMES = "SELECT id, name FROM clusters WHERE organization_id = :org AND id IN (:ids)";
    private static final String COUNT = "SELECT COUNT(*) FROM clusters WHERE organization_id = :org";
    private static final String INSERT = """
            INSERT INTO clusters (id, organization_id, name, kind, status, agent_token_hash, connected_at)
            VALUES (:id, :org, :name, :kind, :status, :hash, :at)
            """;
    private static final String RENAME = "UPDATE clusters SET name = :name WHERE organization_id = :org AND id = :id";
    private static final String ROTATE = """
            UPDATE clusters SET agent_token_hash = :hash WHERE organization_id = :org AND id = :id
            """;
    private static final String DELETE = "DELETE FROM clusters WHERE organization_id = :org AND id = :id";

    private final JdbcClient jdbc;

    ClusterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ConnectedCluster> find(OrganizationId org, ClusterId id) {
        return jdbc.sql(FIND).param("org", org.value()).param("id", id.value()).query(ClusterRepository::map).optional();
    }

    Optional<OrganizationId> organizationOf(ClusterId id) {
        return jdbc.sql(OWNER).param("id", id.value()).query((rs, n) -> new OrganizationId(rs.getObject(1, UUID.class)))
                .optional();
    }

    Optional<String> tokenHash(ClusterId id) {
        return jdbc.sql(TOKEN_HASH).param("id", id.value()).query(String.class).optional();
    }

    List<ConnectedCluster> page(OrganizationId org, @Nullable Collection<ClusterId> visible, Timestamp afterAt,
            UUID afterId, int limit) {
        if (visible != null && visible.isEmpty()) {
            return List.of();
        }
        var spec = jdbc.sql(visible == null ? PAGE_ALL : PAGE_VISIBLE)
                .param("org", org.value())
                .param("afterAt", afterAt)
                .param("afterId", afterId)
                .param("limit", limit);
        if (visible != null) {
            spec = spec.param("visible", visible.stream().map(ClusterId::value).toList());
        }
        return spec.query(ClusterRepository::map).list();
    }

    Set<ClusterId> existing(OrganizationId org, Collection<ClusterId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql(EXISTING).param("org", org.value()).param("ids", ids.stream().map(ClusterId::value).toList())
                .query((rs, n) -> new ClusterId(rs.getObject(1, UUID.class))).stream().collect(Collectors.toSet());
    }

    java.util.Map<ClusterId, String> names(OrganizationId org, Collection<ClusterId> ids) {
        java.util.Map<ClusterId, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(NAMES).param("org", org.value()).param("ids", ids.stream().map(ClusterId::value).toList())
                    .query(rs -> {
                        names.put(new ClusterId(rs.getObject("id", UUID.class)), rs.getString("name"));
                    });
        }
        return names;
    }

    long count(OrganizationId org) {
        return jdbc.sql(COUNT).param("org", org.value()).query(Long.class).single();
    }

    void insert(ConnectedCluster cluster, String tokenHash) {
        jdbc.sql(INSERT)
                .param("id", cluster.id().value())
                .param("org", cluster.organization().value())
                .param("name", cluster.name())
                .param("kind", cluster.kind().apiName())
                .param("status", cluster.status())
                .param("hash", tokenHash)
                .param("at", Timestamp.from(cluster.connectedAt()))
                .update();
    }

    void rename(ConnectedCluster cluster) {
        jdbc.sql(RENAME).param("name", cluster.name()).param("org", cluster.organization().value())
                .param("id", cluster.id().value()).update();
    }

    void rotate(OrganizationId org, ClusterId id, String tokenHash) {
        jdbc.sql(ROTATE).param("hash", tokenHash).param("org", org.value()).param("id", id.value()).update();
    }

    void delete(OrganizationId org, ClusterId id) {
        jdbc.sql(DELETE).param("org", org.value()).param("id", id.value()).update();
    }

    private static ConnectedCluster map(ResultSet rs, int n) throws SQLException {
        Timestamp lastReport = rs.getTimestamp("last_report_at");
        return new ConnectedCluster(new ClusterId(rs.getObject("id", UUID.class)),
                new OrganizationId(rs.getObject("organization_id", UUID.class)), rs.getString("name"),
                ClusterKind.fromApiName(rs.getString("kind")).orElseThrow(), rs.getString("status"),
                rs.getString("es_version"), rs.getTimestamp("connected_at").toInstant(),
                lastReport == null ? null : lastReport.toInstant());
    }
}
