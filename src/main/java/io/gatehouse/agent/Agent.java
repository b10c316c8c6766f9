package io.gatehouse.agent;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One agent: each round reads the cluster (root, health, node stats, settings, unassigned shards), queues the report
 * and sends what is queued, oldest first. While Gatehouse is unreachable, reports wait in a bounded buffer and
 * sending backs off exponentially (1 s doubling to 5 min); a round never waits for Gatehouse.
 */
public class Agent {

    private static final Logger log = LoggerFactory.getLogger(Agent.class);
    static final int BUFFER_CAPACITY = 360;
    static final Duration MAX_REPORT_AGE = Duration.ofMinutes(55);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final ElasticsearchSource elasticsearch;
    private final GatehouseSink gatehouse;
    private final Clock clock;
    private final JsonMapper json;
    private final ReportBuffer buffer = new ReportBuffer(BUFFER_CAPACITY, MAX_REPORT_AGE);
    private Duration backoff = Duration.ZERO;
    private Instant nextSendAt = Instant.MIN;

    Agent(ElasticsearchSource elasticsearch, GatehouseSink gatehouse, Clock clock, JsonMapper json) {
        this.elasticsearch = elasticsearch;
        this.gatehouse = gatehouse;
        this.clock = clock;
        this.json = json;
    }

    /** Collects one report (unless Elasticsearch fails, which is logged) and sends what the backoff allows. */
    public void round() {
        try {
            String report = json.writeValueAsString(collect());
            buffer.add(new ReportBuffer.Pending(clock.instant(), report));
        } catch (IOException e) {
            log.warn("Could not read the cluster this round: {}", e.getMessage());
        }
        flush();
    }

    ObjectNode collect() throws IOException {
        Instant at = clock.instant();
        ObjectNode report = json.createObjectNode();
        report.set("cluster", elasticsearch.get("/"));
        report.set("health", elasticsearch.get("/_cluster/health"));
        report.set("nodes_stats", elasticsearch.get("/_nodes/stats/os,process,jvm,fs,indices"));
        report.set("settings", elasticsearch.get("/_cluster/settings?flat_settings=true"));
        report.set("shards", unassigned(elasticsearch.get(
                "/_cat/shards?format=json&h=index,shard,prirep,state,unassigned.reason")));
        report.put("collected_at", at.toString());
        return report;
    }

    /** Only unassigned shards travel: a large cluster has tens of thousands of assigned ones. */
    private ArrayNode unassigned(JsonNode shards) {
        ArrayNode kept = json.createArrayNode();
        for (JsonNode shard : shards) {
            if ("UNASSIGNED".equals(shard.path("state").asString("")) && kept.size() < 50) {
                kept.add(shard);
            }
        }
        return kept;
    }

    void flush() {
        Instant now = clock.instant();
        if (now.isBefore(nextSendAt)) {
            log.debug("Backing off until {}; {} report(s) waiting", nextSendAt, buffer.size());
            return;
        }
        ReportBuffer.Pending next;
        while ((next = buffer.oldest(now)) != null) {
            GatehouseSink.Answer answer = gatehouse.send(next.body());
            switch (answer.result()) {
                case ACCEPTED -> {
                    buffer.removeOldest();
                    if (!backoff.isZero()) {
                        log.info("Gatehouse reachable again; sending {} waiting report(s)", buffer.size());
                    }
                    backoff = Duration.ZERO;
                }
                case REJECTED -> {
                    buffer.removeOldest();
                    log.error("Gatehouse refused the report collected at {}: {}{}", next.collectedAt(),
                            answer.detail(), answer.detail().startsWith("401")
                                    ? " (was the agent token rotated? start the agent with the new token)" : "");
                }
                case RETRY -> {
                    backoff = backoff.isZero() ? FIRST_BACKOFF : min(backoff.multipliedBy(2), MAX_BACKOFF);
                    nextSendAt = now.plus(backoff);
                    log.warn("Could not send report ({}); {} waiting, retrying in {}s", answer.detail(),
                            buffer.size(), backoff.toSeconds());
                    return;
                }
            }
        }
    }

    int waiting() {
        return buffer.size();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
