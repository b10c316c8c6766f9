package io.gatehouse.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.OrganizationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notification outbox and delivery log. Claiming takes a lease, so nodes never send the same one at once. */
@Repository
class DeliveryRepository {

    /** A delivery claimed for sending. */
    record Due(UUID id, OrganizationId organization, UUID connectorId, String transition, String payload,
            int attempts) {
    }

    private static final String INSERT = """
            INSERT INTO notification_deliveries (id, organization_id, connector_id, event_id, transition, payload,
                                                 status, attempts, next_attempt_at, created_at)
            VALUES (:id, :org, :connector, :event, :transition, :payload, 'queued', 0, :next, :at)
            """;
    private static final String QUEUED_OPENING = """
            SELECT id FROM notification_deliveries
            WHERE organization_id = :org AND event_id = :event AND connector_id = :connector
              AND transition = 'opened' AND status = 'queued'
            """;
    private static final String SKIP = """
            UPDATE notification_deliveries SET status = 'skipped', last_error = :why
            WHERE organization_id = :org AND id = :id AND status = 'queued'
            """;
    private static final String DUE = """
            SELECT id, organization_id, connector_id, transition, payload, attempts FROM notification_deliveries
            WHERE status = 'queued' AND next_attempt_at <= :now
            ORDER BY next_attempt_at
            LIMIT :limit
            FOR UPDATE SKIP LOCKED
            """;
    private static final String LEASE = "UPDATE notification_deliveries SET next_attempt_at = :until WHERE id IN (:ids)";
    private static final String DELIVERED = """
            UPDATE notification_deliveries SET status = 'delivered', attempts = attempts + 1, delivered_at = :at,
                   last_error = NULL
            WHERE id = :id AND status = 'queued'
            """;
    private static final String FAILED = """
            UPDATE notification_deliveries SET status = :status, attempts = attempts + 1, next_attempt_at = :next,
                   last_error = :error
            WHERE id = :id AND status = 'queued'
            """;
    private static final String PAGE = """
            SELECT id, connector_id, event_id, transition, status, attempts, last_error, created_at, next_attempt_at,
                   delivered_at
            FROM notification_deliveries
            WHERE organization_id = :org AND (created_at < :beforeAt OR (created_at = :beforeAt AND id < :beforeId))
              %s
            ORDER BY created_at DESC, id DESC
            LIMIT :limit
            """;
    private static final String ON_CLUSTERS = """
            AND event_id IN (SELECT id FROM monitoring_events WHERE organization_id = :org AND cluster_id IN (:clusters))
            """;

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(OrganizationId org, UUID connector, UUID event, String transition, String payload, Instant at,
            Instant next) {
        jdbc.sql(INSERT).param("id", UUID.randomUUID()).param("org", org.value()).param("connector", connector)
                .param("event", event).param("transition", transition).param("payload", payload)
                .param("next", Timestamp.from(next)).param("at", Timestamp.from(at)).update();
    }

    Optional<UUID> queuedOpening(OrganizationId org, UUID event, UUID connector) {
        return jdbc.sql(QUEUED_OPENING).param("org", org.value()).param("event", event).param("connector", connector)
                .query(UUID.class).optional();
    }

    void skip(OrganizationId org, UUID id, String why) {
        jdbc.sql(SKIP).param("why", why).param("org", org.value()).param("id", id).update();
    }

    /** Call inside a transaction: the row locks hold until the lease is written. */
    List<Due> claimDue(Instant now, int limit, Instant leaseUntil) {
        List<Due> due = jdbc.sql(DUE).param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), new OrganizationId(rs.getObject(2, UUID.class)),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getInt(6)))
                .list();
        if (!due.isEmpty()) {
            jdbc.sql(LEASE).param("until", Timestamp.from(leaseUntil)).param("ids", due.stream().map(Due::id).toList())
                    .update();
        }
        return due;
    }

    boolean markDelivered(UUID id, Instant at) {
        return jdbc.sql(DELIVERED).param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    void markFailed(UUID id, boolean giveUp, Instant next, String error) {
        jdbc.sql(FAILED).param("status", giveUp ? "failed" : "queued").param("next", Timestamp.from(next))
                .param("error", error.length() > 1000 ? error.substring(0, 1000) : error).param("id", id).update();
    }

    /** Newest first; {@code clusters}, when given (and not empty), keeps only deliveries of their events. */
    List<Delivery> page(OrganizationId org, @Nullable Collection<ClusterId> clusters, Instant beforeAt, UUID beforeId,
            int limit) {
        var query = jdbc.sql(PAGE.formatted(clusters == null ? "" : ON_CLUSTERS)).param("org", org.value())
                .param("beforeAt", Timestamp.from(beforeAt)).param("beforeId", beforeId).param("limit", limit);
        if (clusters != null) {
            query = query.param("clusters", clusters.stream().map(ClusterId::value).toList());
        }
        return query.query(DeliveryRepository::map).list();
    }

    private static Delivery map(ResultSet rs, int n) throws SQLException {
        return new Delivery(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                rs.getTimestamp(9).toInstant(), instant(rs.getTimestamp(10)));
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
