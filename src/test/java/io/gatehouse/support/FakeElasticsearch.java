package io.gatehouse.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An HTTP server on 127.0.0.1 that answers like Elasticsearch, from recorded bodies under
 * {@code src/test/resources/elasticsearch}. Tests turn a node's CPU or heap and the cluster's health up and down;
 * every node stats call moves the indexing and search counters on, as a live cluster does.
 */
public final class FakeElasticsearch implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final Map<String, Double> cpuByNodeName = new ConcurrentHashMap<>();
    private volatile String status = "green";
    private volatile int unassigned = 0;
    private final AtomicInteger statsCalls = new AtomicInteger();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    public FakeElasticsearch() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void cpu(String nodeName, double percent) {
        cpuByNodeName.put(nodeName, percent);
    }

    public void health(String status, int unassignedShards) {
        this.status = status;
        this.unassigned = unassignedShards;
    }

    public int calls(String path) {
        return calls.getOrDefault(path, new AtomicInteger()).get();
    }

    public static JsonNode recorded(String name) {
        try (InputStream in = FakeElasticsearch.class.getResourceAsStream("/elasticsearch/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node stats body with the current CPU values and counters, as a report would carry it. */
    public JsonNode nodesStats() {
        ObjectNode body = (ObjectNode) recorded("nodes-stats.json");
        int round = statsCalls.incrementAndGet();
        for (JsonNode node : body.path("nodes")) {
            Double cpu = cpuByNodeName.get(node.path("name").asString());
            if (cpu != null) {
                ((ObjectNode) node.path("os").path("cpu")).put("percent", cpu);
            }
            ObjectNode indexing = (ObjectNode) node.path("indices").path("indexing");
            indexing.put("index_total", indexing.path("index_total").asLong() + round * 5_000L);
            ObjectNode search = (ObjectNode) node.path("indices").path("search");
            search.put("query_total", search.path("query_total").asLong() + round * 200L);
        }
        return body;
    }

    public JsonNode clusterHealth() {
        ObjectNode health = (ObjectNode) recorded("cluster-health.json");
        health.put("status", status);
        health.put("unassigned_shards", unassigned);
        return health;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        calls.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        JsonNode body = switch (path) {
            case "/" -> recorded("root.json");
            case "/_cluster/health" -> clusterHealth();
            case "/_cluster/settings" -> recorded("cluster-settings.json");
            case "/_cat/shards" -> recorded("cat-shards.json");
            default -> path.startsWith("/_nodes/stats") ? nodesStats() : null;
        };
        byte[] bytes = (body == null ? "{\"error\":\"no handler\"}" : JSON.writeValueAsString(body))
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(body == null ? 400 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
