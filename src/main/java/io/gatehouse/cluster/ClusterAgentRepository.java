package io.gatehouse.cluster;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.OrganizationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clusters table as the agent's reports see it: token check, per-cluster lock, and the report bookkeeping. */
@Repository
class ClusterAgentRepository {

    record Credentials(OrganizationId organization, String tokenHash) {
    }

    private static final String CREDENTIALS = "SELECT organization_id, agent_token_hash FROM clusters WHERE id = :id";
    private static final String LOCK = """
            SELECT id FROM clusters WHERE organization_id = :org AND id = :id FOR UPDATE
            """;
    // last_report_at only moves forward: a late (older) report must not make the cluster look stale.
    private static final String REPORTED = """
            UPDATE clusters SET status = 'connected', es_version = COALESCE(:version, es_version),
                   last_report_at = CASE WHEN last_report_at IS NULL OR last_report_at < :at THEN :at
                                         ELSE last_report_at END
            WHERE organization_id = :org AND id = :id
            """;

    private final JdbcClient jdbc;

    ClusterAgentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Credentials> credentials(ClusterId id) {
        return jdbc.sql(CREDENTIALS).param("id", id.value())
                .query((rs, n) -> new Credentials(new OrganizationId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .optional();
    }

    boolean lock(OrganizationId org, ClusterId id) {
        return jdbc.sql(LOCK).param("org", org.value()).param("id", id.value()).query(UUID.class).optional()
                .isPresent();
    }

    void reported(OrganizationId org, ClusterId id, @Nullable String esVersion, Instant collectedAt) {
        jdbc.sql(REPORTED).param("version", esVersion).param("at", Timestamp.from(collectedAt))
                .param("org", org.value()).param("id", id.value()).update();
    }
}
