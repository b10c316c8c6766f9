package io.gatehouse.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.OrganizationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Events of a cluster, always scoped by organization and cluster. */
@Repository
class EventRepository {

    /** Filters of the events list: status is open, closed or any; a null time is no bound. */
    record Filter(String status, @Nullable Instant from, @Nullable Instant to) {
    }

    private static final String COLUMNS = """
            id, organization_id, cluster_id, type, node_key, severity, title, details, recommendations, nodes,
            opened_at, closed_at""";
    private static final String OPEN = "SELECT " + COLUMNS + """
             FROM monitoring_events
            WHERE organization_id = :org AND cluster_id = :cluster AND open_slot = 'open'
            """;
    private static final String FIND = "SELECT " + COLUMNS + """
             FROM monitoring_events WHERE organization_id = :org AND cluster_id = :cluster AND id = :id
            """;
    private static final String INSERT = """
            INSERT INTO monitoring_events (id, organization_id, cluster_id, type, node_key, open_slot, severity, title,
                                           details, recommendations, nodes, opened_at)
            VALUES (:id, :org, :cluster, :type, :node, 'open', :severity, :title, :details, :recommendations,
                    :nodes, :at)
            """;
    private static final String CLOSE = """
            UPDATE monitoring_events SET open_slot = NULL, closed_at = :at
            WHERE organization_id = :org AND cluster_id = :cluster AND id = :id AND open_slot = 'open'
            """;
    // Newest first; keyset on (opened_at, id). An event is in [from, to) when it was open at some time in it.
    private static final String PAGE = "SELECT " + COLUMNS + """
             FROM monitoring_events
            WHERE organization_id = :org AND cluster_id = :cluster
              AND (:status = 'any' OR (:status = 'open' AND closed_at IS NULL)
                   OR (:status = 'closed' AND closed_at IS NOT NULL))
              AND opened_at < :to AND (closed_at IS NULL OR closed_at >= :from)
              AND (opened_at < :beforeAt OR (opened_at = :beforeAt AND id < :beforeId))
            ORDER BY opened_at DESC, id DESC
            LIMIT :limit
            """;

    private final JdbcClient jdbc;

    EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MonitoringEvent> open(OrganizationId org, ClusterId cluster) {
        return jdbc.sql(OPEN).param("org", org.value()).param("cluster", cluster.value())
                .query(EventRepository::map).list();
    }

    Optional<MonitoringEvent> find(OrganizationId org, ClusterId cluster, UUID id) {
        return jdbc.sql(FIND).param("org", org.value()).param("cluster", cluster.value()).param("id", id)
                .query(EventRepository::map).optional();
    }

    void insert(MonitoringEvent event) {
        jdbc.sql(INSERT).param("id", event.id()).param("org", event.organization().value())
                .param("cluster", event.cluster().value()).param("type", event.type().apiName())
                .param("node", event.nodeKey()).param("severity", event.severity().apiName())
                .param("title", event.title()).param("details", event.details())
                .param("recommendations", event.recommendations()).param("nodes", String.join("\n", event.nodes()))
                .param("at", Timestamp.from(event.openedAt()))
                .update();
    }

    void close(MonitoringEvent event, Instant at) {
        jdbc.sql(CLOSE).param("at", Timestamp.from(at)).param("org", event.organization().value())
                .param("cluster", event.cluster().value()).param("id", event.id()).update();
    }

    List<MonitoringEvent> page(OrganizationId org, ClusterId cluster, Filter filter, Instant beforeAt, UUID beforeId,
            int limit) {
        return jdbc.sql(PAGE).param("org", org.value()).param("cluster", cluster.value())
                .param("status", filter.status())
                .param("from", Timestamp.from(filter.from() == null ? Instant.EPOCH : filter.from()))
                .param("to", Timestamp.from(filter.to() == null ? FAR_FUTURE : filter.to()))
                .param("beforeAt", Timestamp.from(beforeAt)).param("beforeId", beforeId).param("limit", limit)
                .query(EventRepository::map).list();
    }

    private static final Instant FAR_FUTURE = Instant.parse("9999-01-01T00:00:00Z");

    private static MonitoringEvent map(ResultSet rs, int n) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        String nodes = rs.getString("nodes");
        return new MonitoringEvent(rs.getObject("id", UUID.class),
                new OrganizationId(rs.getObject("organization_id", UUID.class)),
                new ClusterId(rs.getObject("cluster_id", UUID.class)),
                EventType.fromApiName(rs.getString("type")).orElseThrow(), rs.getString("node_key"),
                Severity.fromApiName(rs.getString("severity")).orElseThrow(), rs.getString("title"),
                rs.getString("details"), rs.getString("recommendations"),
                nodes.isEmpty() ? List.of() : Arrays.asList(nodes.split("\n")),
                rs.getTimestamp("opened_at").toInstant(), closed == null ? null : closed.toInstant());
    }
}
