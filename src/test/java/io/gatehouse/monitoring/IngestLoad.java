package io.gatehouse.monitoring;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.gatehouse.GatehouseApplication;
import io.gatehouse.cluster.AgentIdentity;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.OrganizationId;
import io.gatehouse.shared.Secret;
import io.gatehouse.support.FakeElasticsearch;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A bounded load run (not a test): ingests 50-node reports into PostgreSQL through {@link ReportIngest} (parse,
 * validate, batched sample insert, rule evaluation, event reconciliation) from several threads, one cluster each,
 * and prints node samples per second and the time per report. Arguments: [clusters] [reports per cluster].
 */
public final class IngestLoad {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        int clusters = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int reports = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        String database = "gatehouse_ingest_load";
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + database);
        }
        // System properties, because builder defaults rank below application.yml.
        System.setProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/" + database
                + "?reWriteBatchedInserts=true");
        System.setProperty("spring.datasource.username", "postgres");
        System.setProperty("server.port", "0");
        System.setProperty("logging.level.root", "WARN");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GatehouseApplication.class).run()) {
            ReportIngest ingest = app.getBean(ReportIngest.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Instant start = app.getBean(Clock.class).instant().minus(Duration.ofMinutes(50));
            List<AgentIdentity> agents = new ArrayList<>();
            for (int c = 0; c < clusters; c++) {
                agents.add(cluster(jdbc, c));
            }
            String template = JSON.writeValueAsString(fiftyNodeReport());
            run(ingest, agents, template, start, 50, "warm-up");
            Instant measured = start.plus(Duration.ofMinutes(5));
            long nanos = run(ingest, agents, template, measured, reports, "measured");
            long samples = 50L * reports * clusters;
            double seconds = nanos / 1e9;
            System.out.printf("%d reports x 50 nodes from %d threads in %.2f s: %.0f node samples/s, %.0f reports/s, "
                    + "%.2f ms per report per thread%n", reports * clusters, clusters, seconds, samples / seconds,
                    reports * clusters / seconds, seconds * 1000 / reports);
        }
    }

    private static long run(ReportIngest ingest, List<AgentIdentity> agents, String template, Instant from, int reports,
            String label) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(agents.size());
        long started = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (AgentIdentity agent : agents) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < reports; i++) {
                    // Parsing the JSON text is part of the measured work, as it is for a report arriving over HTTP.
                    String body = template.replace("COLLECTED_AT", from.plusMillis(200L * i).toString());
                    ingest.ingest(agent, JSON.readTree(body));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        long nanos = System.nanoTime() - started;
        System.out.printf("%s: %d reports in %d ms%n", label, reports * agents.size(), nanos / 1_000_000);
        return nanos;
    }

    private static AgentIdentity cluster(JdbcClient jdbc, int n) {
        OrganizationId org = OrganizationId.random();
        ClusterId cluster = ClusterId.random();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("INSERT INTO organizations (id, name, created_at) VALUES (?, ?, ?)").params(org.value(), "load " + n, now)
                .update();
        jdbc.sql("""
                INSERT INTO clusters (id, organization_id, name, kind, status, agent_token_hash, connected_at)
                VALUES (?, ?, ?, 'self_managed', 'pending', ?, ?)
                """).params(cluster.value(), org.value(), "load-" + n, Secret.sha256(UUID.randomUUID().toString()), now)
                .update();
        return new AgentIdentity(cluster, org);
    }

    /** The recorded 3-node body, its nodes copied to 50 with their own ids and names. */
    private static ObjectNode fiftyNodeReport() {
        JsonNode recorded = FakeElasticsearch.recorded("nodes-stats.json");
        ObjectNode nodes = JSON.createObjectNode();
        List<JsonNode> originals = new ArrayList<>();
        recorded.path("nodes").forEach(originals::add);
        for (int i = 0; i < 50; i++) {
            ObjectNode copy = (ObjectNode) originals.get(i % originals.size()).deepCopy();
            copy.put("name", "es-data-" + i);
            nodes.set("node-" + i + "-" + UUID.nameUUIDFromBytes(("n" + i).getBytes()).toString().substring(0, 12), copy);
        }
        ObjectNode stats = JSON.createObjectNode();
        stats.set("nodes", nodes);
        ObjectNode report = JSON.createObjectNode();
        report.set("cluster", FakeElasticsearch.recorded("root.json"));
        report.set("health", FakeElasticsearch.recorded("cluster-health.json"));
        report.set("nodes_stats", stats);
        report.set("settings", FakeElasticsearch.recorded("cluster-settings.json"));
        report.put("collected_at", "COLLECTED_AT");
        return report;
    }
}
