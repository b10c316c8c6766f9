package io.gatehouse.notification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.gatehouse.monitoring.EventType;
import io.gatehouse.monitoring.Severity;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.OrganizationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Connectors and filters of an organization; lists are stored comma- or newline-separated. */
@Repository
class PreferencesRepository {

    private static final String CONNECTORS = """
            SELECT id, type, name, recipients, url, secret FROM notification_connectors
            WHERE organization_id = :org ORDER BY position
            """;
    private static final String FILTERS = """
            SELECT connector_id, cluster_ids, event_types, min_severity, delay_minutes FROM notification_filters
            WHERE organization_id = :org ORDER BY position
            """;
    private static final String IDS_ELSEWHERE = """
            SELECT id FROM notification_connectors WHERE id IN (:ids) AND organization_id <> :org
            """;
    private static final String DELETE_FILTERS = "DELETE FROM notification_filters WHERE organization_id = :org";
    private static final String DELETE_GONE = """
            DELETE FROM notification_connectors WHERE organization_id = :org AND id NOT IN (:keep)
            """;
    private static final String DELETE_ALL = "DELETE FROM notification_connectors WHERE organization_id = :org";
    private static final String UPDATE_CONNECTOR = """
            UPDATE notification_connectors SET type = :type, name = :name, recipients = :recipients, url = :url,
                   secret = :secret, position = :position
            WHERE organization_id = :org AND id = :id
            """;
    private static final String INSERT_CONNECTOR = """
            INSERT INTO notification_connectors (id, organization_id, type, name, recipients, url, secret, position)
            VALUES (:id, :org, :type, :name, :recipients, :url, :secret, :position)
            """;
    private static final String INSERT_FILTER = """
            INSERT INTO notification_filters (id, organization_id, connector_id, cluster_ids, event_types,
                                              min_severity, delay_minutes, position)
            VALUES (:id, :org, :connector, :clusters, :types, :severity, :delay, :position)
            """;

    private final JdbcClient jdbc;

    PreferencesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Connector> connectors(OrganizationId org) {
        return jdbc.sql(CONNECTORS).param("org", org.value())
                .query((rs, n) -> new Connector(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        split(rs.getString(4), "\n"), rs.getString(5), rs.getString(6)))
                .list();
    }

    List<NotificationFilter> filters(OrganizationId org) {
        return jdbc.sql(FILTERS).param("org", org.value())
                .query((rs, n) -> new NotificationFilter(rs.getObject(1, UUID.class),
                        rs.getString(2) == null ? null
                                : split(rs.getString(2), ",").stream().map(s -> new ClusterId(UUID.fromString(s))).toList(),
                        rs.getString(3) == null ? null
                                : split(rs.getString(3), ",").stream().map(t -> EventType.fromApiName(t).orElseThrow())
                                        .toList(),
                        Severity.fromApiName(rs.getString(4)).orElseThrow(), rs.getInt(5)))
                .list();
    }

    /** Which of {@code ids} are connectors of another organization (a client may not take over their ids). */
    Set<UUID> ownedElsewhere(OrganizationId org, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql(IDS_ELSEWHERE).param("ids", ids).param("org", org.value()).query(UUID.class).set();
    }

    /** Replaces everything; connectors that stay keep their id (and so their delivery log). */
    void replace(OrganizationId org, List<Connector> connectors, List<NotificationFilter> filters,
            Set<UUID> existing) {
        jdbc.sql(DELETE_FILTERS).param("org", org.value()).update();
        if (connectors.isEmpty()) {
            jdbc.sql(DELETE_ALL).param("org", org.value()).update();
        } else {
            jdbc.sql(DELETE_GONE).param("org", org.value())
                    .param("keep", connectors.stream().map(Connector::id).toList()).update();
        }
        for (int i = 0; i < connectors.size(); i++) {
            Connector c = connectors.get(i);
            jdbc.sql(existing.contains(c.id()) ? UPDATE_CONNECTOR : INSERT_CONNECTOR).param("id", c.id())
                    .param("org", org.value()).param("type", c.type()).param("name", c.name())
                    .param("recipients", c.recipients().isEmpty() ? null : String.join("\n", c.recipients()))
                    .param("url", c.url()).param("secret", c.secret()).param("position", i).update();
        }
        replaceFilters(org, filters);
    }

    /** Replaces the filters alone (the connectors stay as they are). */
    void replaceFilters(OrganizationId org, List<NotificationFilter> filters) {
        jdbc.sql(DELETE_FILTERS).param("org", org.value()).update();
        for (int i = 0; i < filters.size(); i++) {
            NotificationFilter f = filters.get(i);
            jdbc.sql(INSERT_FILTER).param("id", UUID.randomUUID()).param("org", org.value())
                    .param("connector", f.connectorId())
                    .param("clusters", f.clusterIds() == null ? null
                            : f.clusterIds().stream().map(ClusterId::toString).collect(Collectors.joining(",")))
                    .param("types", f.eventTypes() == null ? null
                            : f.eventTypes().stream().map(EventType::apiName).collect(Collectors.joining(",")))
                    .param("severity", f.minSeverity().apiName()).param("delay", f.delayMinutes())
                    .param("position", i).update();
        }
    }

    private static List<String> split(@Nullable String text, String separator) {
        return text == null || text.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(text.split(separator)));
    }

    static Map<UUID, Connector> byId(List<Connector> connectors) {
        return connectors.stream().collect(Collectors.toMap(Connector::id, c -> c));
    }
}
