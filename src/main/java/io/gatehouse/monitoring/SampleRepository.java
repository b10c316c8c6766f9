package io.gatehouse.monitoring;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.OrganizationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cluster reports and node samples. Samples of one report go in as one JDBC batch; everything else about a report
 * is a handful of indexed queries on (organization, cluster, collected_at).
 */
@Repository
class SampleRepository {

    /** A node's sample with the rates derived from its counters. */
    record NodeSample(NodeStats stats, @Nullable Double indexingRate, @Nullable Double searchRate) {
    }

    /** One report reduced to cluster-level values, for metrics reports. */
    record ClusterPoint(Instant at, @Nullable Double cpu, @Nullable Double heap, @Nullable Double disk,
            @Nullable Double docs, @Nullable Double searchRate, @Nullable Double indexingRate) {
    }

    private static final String EXISTS = """
            SELECT COUNT(*) FROM cluster_reports WHERE organization_id = :org AND cluster_id = :cluster
               AND collected_at = :at
            """;
    private static final String LATEST = """
            SELECT MAX(collected_at) FROM cluster_reports WHERE organization_id = :org AND cluster_id = :cluster
            """;
    private static final String INSERT_REPORT = """
            INSERT INTO cluster_reports (cluster_id, organization_id, collected_at, received_at, health_status,
                                         number_of_nodes, active_shards, unassigned_shards)
            VALUES (:cluster, :org, :at, :received, :status, :nodes, :active, :unassigned)
            """;
    private static final String PREVIOUS_COUNTERS = """
            SELECT node_id, collected_at, index_total, query_total FROM node_samples
            WHERE organization_id = :org AND cluster_id = :cluster AND collected_at = (
                SELECT MAX(collected_at) FROM cluster_reports
                WHERE organization_id = :org AND cluster_id = :cluster AND collected_at < :at)
            """;
    private static final String INSERT_SAMPLE = """
            INSERT INTO node_samples (cluster_id, organization_id, collected_at, node_id, node_name, cpu_percent,
                                      heap_percent, disk_percent, load_1m, docs_count, index_total, query_total,
                                      indexing_rate, search_rate)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    // The samples of the last :n reports up to :at, oldest first.
    private static final String RECENT = """
            SELECT node_id, node_name, collected_at, cpu_percent, heap_percent, disk_percent, load_1m, docs_count,
                   index_total, query_total
            FROM node_samples
            WHERE organization_id = :org AND cluster_id = :cluster AND collected_at <= :at AND collected_at >= (
                SELECT MIN(collected_at) FROM (
                    SELECT collected_at FROM cluster_reports
                    WHERE organization_id = :org AND cluster_id = :cluster AND collected_at <= :at
                    ORDER BY collected_at DESC LIMIT :n) last_reports)
            ORDER BY collected_at
            """;
    // Cluster-level value per report: mean CPU and heap over the nodes, the fullest disk, totals for counts and rates.
    private static final String POINTS = """
            SELECT collected_at, AVG(cpu_percent), AVG(heap_percent), MAX(disk_percent), SUM(docs_count),
                   SUM(search_rate), SUM(indexing_rate)
            FROM node_samples
            WHERE organization_id = :org AND cluster_id = :cluster AND collected_at >= :from AND collected_at < :to
            GROUP BY collected_at
            ORDER BY collected_at
            """;
    private static final String PURGE_SAMPLES = "DELETE FROM node_samples WHERE collected_at < :before";
    private static final String PURGE_REPORTS = "DELETE FROM cluster_reports WHERE collected_at < :before";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    SampleRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    boolean exists(OrganizationId org, ClusterId cluster, Instant at) {
        return jdbc.sql(EXISTS).param("org", org.value()).param("cluster", cluster.value())
                .param("at", Timestamp.from(at)).query(Long.class).single() > 0;
    }

    Optional<Instant> latest(OrganizationId org, ClusterId cluster) {
        return jdbc.sql(LATEST).param("org", org.value()).param("cluster", cluster.value())
                .query((rs, n) -> rs.getTimestamp(1)).optional().map(Timestamp::toInstant);
    }

    void insertReport(OrganizationId org, ClusterId cluster, AgentReport report, Instant receivedAt) {
        ClusterHealth health = report.health();
        jdbc.sql(INSERT_REPORT).param("cluster", cluster.value()).param("org", org.value())
                .param("at", Timestamp.from(report.collectedAt())).param("received", Timestamp.from(receivedAt))
                .param("status", health.status()).param("nodes", health.numberOfNodes())
                .param("active", health.activeShards()).param("unassigned", health.unassignedShards())
                .update();
    }

    /** Per node id: the counters of the report just before {@code at}, with its time. */
    Map<String, PreviousCounters> previousCounters(OrganizationId org, ClusterId cluster, Instant at) {
        Map<String, PreviousCounters> previous = new HashMap<>();
        jdbc.sql(PREVIOUS_COUNTERS).param("org", org.value()).param("cluster", cluster.value())
                .param("at", Timestamp.from(at))
                .query(rs -> {
                    previous.put(rs.getString(1), new PreviousCounters(rs.getTimestamp(2).toInstant(),
                            (Long) rs.getObject(3, Long.class), (Long) rs.getObject(4, Long.class)));
                });
        return previous;
    }

    record PreviousCounters(Instant at, @Nullable Long indexTotal, @Nullable Long queryTotal) {
    }

    void insertSamples(OrganizationId org, ClusterId cluster, Instant at, List<NodeSample> samples) {
        Timestamp time = Timestamp.from(at);
        batch.batchUpdate(INSERT_SAMPLE, samples, samples.size(), (ps, sample) -> {
            NodeStats s = sample.stats();
            ps.setObject(1, cluster.value());
            ps.setObject(2, org.value());
            ps.setTimestamp(3, time);
            ps.setString(4, s.id());
            ps.setString(5, s.name());
            setDouble(ps, 6, s.cpuPercent());
            setDouble(ps, 7, s.heapPercent());
            setDouble(ps, 8, s.diskPercent());
            setDouble(ps, 9, s.load1m());
            setLong(ps, 10, s.docsCount());
            setLong(ps, 11, s.indexTotal());
            setLong(ps, 12, s.queryTotal());
            setDouble(ps, 13, sample.indexingRate());
            setDouble(ps, 14, sample.searchRate());
        });
    }

    /** Per node id, the node's samples of the last {@code reports} reports up to {@code at}, oldest first. */
    Map<String, List<NodeStats>> recent(OrganizationId org, ClusterId cluster, Instant at, int reports) {
        Map<String, List<NodeStats>> byNode = new LinkedHashMap<>();
        jdbc.sql(RECENT).param("org", org.value()).param("cluster", cluster.value()).param("at", Timestamp.from(at))
                .param("n", reports)
                .query(rs -> {
                    NodeStats stats = new NodeStats(rs.getString(1), rs.getString(2), rs.getObject(4, Double.class),
                            rs.getObject(5, Double.class), rs.getObject(6, Double.class),
                            rs.getObject(7, Double.class), rs.getObject(8, Long.class), rs.getObject(9, Long.class),
                            rs.getObject(10, Long.class));
                    byNode.computeIfAbsent(stats.id(), id -> new ArrayList<>()).add(stats);
                });
        return byNode;
    }

    List<ClusterPoint> points(OrganizationId org, ClusterId cluster, Instant from, Instant to) {
        return jdbc.sql(POINTS).param("org", org.value()).param("cluster", cluster.value())
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new ClusterPoint(rs.getTimestamp(1).toInstant(), rs.getObject(2, Double.class),
                        rs.getObject(3, Double.class), rs.getObject(4, Double.class), number(rs.getObject(5)),
                        rs.getObject(6, Double.class), rs.getObject(7, Double.class)))
                .list();
    }

    /** Deletes what is older than {@code before}, across all organizations (retention is a service-wide rule). */
    int purge(Instant before) {
        Timestamp at = Timestamp.from(before);
        int samples = jdbc.sql(PURGE_SAMPLES).param("before", at).update();
        jdbc.sql(PURGE_REPORTS).param("before", at).update();
        return samples;
    }

    private static @Nullable Double number(@Nullable Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }

    private static void setDouble(java.sql.PreparedStatement ps, int index, @Nullable Double value)
            throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    private static void setLong(java.sql.PreparedStatement ps, int index, @Nullable Long value)
            throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
