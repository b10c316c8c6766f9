package io.gatehouse.monitoring;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gatehouse.shared.InvalidRequest;
import io.gatehouse.shared.OneLineText;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the report body of {@code POST /agent/reports}: Elasticsearch's own response bodies as the agent received
 * them ({@code GET /}, {@code _cluster/health}, {@code _nodes/stats}, {@code _cluster/settings?flat_settings=true},
 * {@code _cat/shards?format=json}), so the agent stays a dumb pipe and the interpretation lives here, versioned
 * with the server. Anything missing that a rule needs is a 400; optional parts may be absent.
 */
final class AgentReportParser {

    static final int MAX_NODES = 1000;
    static final int MAX_UNASSIGNED_LISTED = 50;
    private static final String LOW = "cluster.routing.allocation.disk.watermark.low";
    private static final String HIGH = "cluster.routing.allocation.disk.watermark.high";

    private AgentReportParser() {
    }

    static AgentReport parse(JsonNode body) {
        Instant collectedAt = collectedAt(body.path("collected_at"));
        ClusterHealth health = health(body.path("health"));
        List<NodeStats> nodes = nodes(body.path("nodes_stats").path("nodes"));
        JsonNode settings = body.path("settings");
        return new AgentReport(collectedAt, text(body.path("cluster").path("version").path("number"), 40), health,
                nodes, watermark(settings, LOW), watermark(settings, HIGH), unassigned(body.path("shards")));
    }

    private static Instant collectedAt(JsonNode node) {
        try {
            return Instant.parse(node.asString(""));
        } catch (DateTimeParseException e) {
            throw invalid("collected_at must be an RFC 3339 UTC time", "collected_at");
        }
    }

    private static ClusterHealth health(JsonNode health) {
        String status = health.path("status").asString("").toLowerCase(Locale.ROOT);
        if (!List.of("green", "yellow", "red").contains(status)) {
            throw invalid("health.status must be green, yellow or red (the _cluster/health body)", "health.status");
        }
        return new ClusterHealth(status, health.path("number_of_nodes").asInt(0), health.path("active_shards").asInt(0),
                health.path("unassigned_shards").asInt(0));
    }

    private static List<NodeStats> nodes(JsonNode nodes) {
        if (!nodes.isObject() || nodes.isEmpty()) {
            throw invalid("nodes_stats.nodes must hold the nodes of the _nodes/stats body", "nodes_stats.nodes");
        }
        if (nodes.size() > MAX_NODES) {
            throw invalid("a report holds at most " + MAX_NODES + " nodes", "nodes_stats.nodes");
        }
        List<NodeStats> stats = new ArrayList<>(nodes.size());
        for (Map.Entry<String, JsonNode> entry : nodes.properties()) {
            String id = entry.getKey();
            if (id.isEmpty() || id.length() > 64 || !OneLineText.isOneLine(id)) {
                throw invalid("a node id is 1 to 64 characters, none of them control characters", "nodes_stats.nodes");
            }
            stats.add(node(id, entry.getValue()));
        }
        return stats;
    }

    private static NodeStats node(String id, JsonNode node) {
        String name = text(node.path("name"), 200);
        Double cpu = number(node.path("os").path("cpu").path("percent"));
        if (cpu == null) {
            cpu = number(node.path("process").path("cpu").path("percent"));
        }
        JsonNode fs = node.path("fs").path("total");
        Double total = number(fs.path("total_in_bytes"));
        Double available = number(fs.path("available_in_bytes"));
        Double disk = total == null || available == null || total <= 0 ? null : 100.0 * (total - available) / total;
        return new NodeStats(id, name == null ? id : name, cpu, number(node.path("jvm").path("mem").path("heap_used_percent")),
                disk, number(node.path("os").path("cpu").path("load_average").path("1m")),
                counter(node.path("indices").path("docs").path("count")),
                counter(node.path("indices").path("indexing").path("index_total")),
                counter(node.path("indices").path("search").path("query_total")));
    }

    /** Transient settings win over persistent ones, as in Elasticsearch; absolute byte values are not percentages. */
    private static @Nullable Double watermark(JsonNode settings, String key) {
        Double value = percent(settings.path("transient").path(key).asString(""));
        return value != null ? value : percent(settings.path("persistent").path(key).asString(""));
    }

    static @Nullable Double percent(String value) {
        String text = value.strip();
        try {
            if (text.endsWith("%")) {
                double percent = Double.parseDouble(text.substring(0, text.length() - 1));
                return percent > 0 && percent <= 100 ? percent : null;
            }
            double ratio = Double.parseDouble(text);
            return ratio > 0 && ratio <= 1 ? ratio * 100 : null;
        } catch (NumberFormatException e) {
            return null; // "500mb" and the like: a free-space amount, not a percentage
        }
    }

    private static List<String> unassigned(JsonNode shards) {
        List<String> names = new ArrayList<>();
        for (JsonNode shard : shards) {
            if ("UNASSIGNED".equals(shard.path("state").asString("")) && names.size() < MAX_UNASSIGNED_LISTED) {
                String name = printable(shard.path("index").asString("?")) + "["
                        + printable(shard.path("shard").asString("?")) + "]"
                        + ("p".equals(shard.path("prirep").asString("")) ? " primary" : " replica");
                String reason = printable(shard.path("unassigned.reason").asString(""));
                names.add(reason.isEmpty() ? name : name + " (" + reason + ")");
            }
        }
        return names;
    }

    private static @Nullable Double number(JsonNode node) {
        if (node.isNumber()) {
            double value = node.asDouble();
            return Double.isFinite(value) ? value : null;
        }
        return null;
    }

    private static @Nullable Long counter(JsonNode node) {
        return node.isIntegralNumber() && node.asLong() >= 0 ? node.asLong() : null;
    }

    private static @Nullable String text(JsonNode node, int max) {
        String text = node.isString() ? printable(node.asString()) : null;
        return text == null || text.isBlank() ? null : text.length() > max ? text.substring(0, max) : text;
    }

    /** Without control characters: the database cannot store a NUL, and names are shown on one line. */
    private static String printable(String text) {
        return text.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static InvalidRequest invalid(String message, String field) {
        return new InvalidRequest("agent.invalid_report", message, field);
    }
}
