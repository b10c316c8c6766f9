package io.gatehouse.monitoring;

import java.util.EnumMap;
import java.util.Map;

import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A cluster's customizations: one row per customized rule, thresholds as a small JSON object. */
@Repository
class EventSettingsRepository {

    private static final String LOAD = """
            SELECT type, enabled, thresholds FROM event_settings WHERE organization_id = :org AND cluster_id = :cluster
            """;
    private static final String CLEAR = "DELETE FROM event_settings WHERE organization_id = :org AND cluster_id = :cluster";
    private static final String INSERT = """
            INSERT INTO event_settings (cluster_id, organization_id, type, enabled, thresholds)
            VALUES (:cluster, :org, :type, :enabled, :thresholds)
            """;
    private static final TypeReference<Map<String, Double>> THRESHOLDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    EventSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Customizations load(OrganizationId org, ClusterId cluster) {
        Map<EventType, RuleSetting> settings = new EnumMap<>(EventType.class);
        jdbc.sql(LOAD).param("org", org.value()).param("cluster", cluster.value()).query(rs -> {
            EventType type = EventType.fromApiName(rs.getString(1)).orElse(null);
            if (type != null) {
                settings.put(type, new RuleSetting(type, rs.getBoolean(2), json.readValue(rs.getString(3), THRESHOLDS)));
            }
        });
        return new Customizations(settings);
    }

    /** Replaces the cluster's rows; rules left at their defaults get no row. */
    void replace(OrganizationId org, ClusterId cluster, Customizations customizations) {
        jdbc.sql(CLEAR).param("org", org.value()).param("cluster", cluster.value()).update();
        for (RuleSetting setting : customizations.all()) {
            if (setting.equals(RuleSetting.defaults(setting.type()))) {
                continue;
            }
            jdbc.sql(INSERT).param("cluster", cluster.value()).param("org", org.value())
                    .param("type", setting.type().apiName()).param("enabled", setting.enabled())
                    .param("thresholds", json.writeValueAsString(setting.thresholds())).update();
        }
    }
}
