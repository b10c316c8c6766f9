package io.gatehouse.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gatehouse.cluster.AgentIdentity;
import io.gatehouse.cluster.ClusterAgents;
import io.gatehouse.monitoring.SampleRepository.NodeSample;
import io.gatehouse.monitoring.SampleRepository.PreviousCounters;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Takes an agent's report: validates it, stores the cluster's health and one sample per node (rates derived from
 * the counters of the previous report), keeps the cluster's status, and runs the rules. One cluster's reports are
 * processed one at a time (the cluster row is locked), so rules always see reports in {@code collected_at} order.
 */
@Service
public class ReportIngest {

    /** What became of a report. */
    public enum Outcome {
        /** Stored, and the rules ran on it. */
        EVALUATED,
        /** Stored, but older than a report already evaluated: its samples fill the history, the rules skip it. */
        STORED_LATE,
        /** A report with this {@code collected_at} was already taken (a retry): nothing changed. */
        DUPLICATE
    }

    private final ClusterAgents agents;
    private final SampleRepository samples;
    private final EventReconciler events;
    private final EventSettingsRepository settings;
    private final MonitoringSettings limits;
    private final Clock clock;

    ReportIngest(ClusterAgents agents, SampleRepository samples, EventReconciler events,
            EventSettingsRepository settings, MonitoringSettings limits, Clock clock) {
        this.agents = agents;
        this.samples = samples;
        this.events = events;
        this.settings = settings;
        this.limits = limits;
        this.clock = clock;
    }

    @Transactional
    public Outcome ingest(AgentIdentity agent, JsonNode body) {
        AgentReport report = AgentReportParser.parse(body);
        Instant now = clock.instant();
        checkRange(report.collectedAt(), now);
        agents.lockForReport(agent);
        var org = agent.organization();
        var cluster = agent.cluster();
        if (samples.exists(org, cluster, report.collectedAt())) {
            return Outcome.DUPLICATE;
        }
        @Nullable Instant latest = samples.latest(org, cluster).orElse(null);
        Map<String, PreviousCounters> previous = samples.previousCounters(org, cluster, report.collectedAt());
        samples.insertReport(org, cluster, report, now);
        samples.insertSamples(org, cluster, report.collectedAt(), withRates(report, previous));
        agents.reported(agent, report.esVersion(), report.collectedAt());
        if (latest != null && latest.isAfter(report.collectedAt())) {
            return Outcome.STORED_LATE;
        }
        Customizations customizations = settings.load(org, cluster);
        Observation observation = new Observation(report,
                samples.recent(org, cluster, report.collectedAt(), RuleBook.window(customizations)));
        events.reconcile(agent, report.collectedAt(), RuleBook.evaluate(observation, customizations));
        return Outcome.EVALUATED;
    }

    private void checkRange(Instant collectedAt, Instant now) {
        if (collectedAt.isBefore(now.minus(limits.maxReportAge()))) {
            throw new ReportOutOfRange("collected_at is more than " + human(limits.maxReportAge()) + " old");
        }
        if (collectedAt.isAfter(now.plus(limits.maxClockSkew()))) {
            throw new ReportOutOfRange("collected_at is more than " + human(limits.maxClockSkew())
                    + " in the future; check the agent's clock");
        }
    }

    /** Rates per second from the counters' growth; none for a new node or after a counter reset (a restart). */
    static List<NodeSample> withRates(AgentReport report, Map<String, PreviousCounters> previous) {
        List<NodeSample> result = new ArrayList<>(report.nodes().size());
        for (NodeStats node : report.nodes()) {
            PreviousCounters before = previous.get(node.id());
            double seconds = before == null ? 0 : Duration.between(before.at(), report.collectedAt()).toMillis() / 1000.0;
            result.add(new NodeSample(node, before == null ? null : rate(before.indexTotal(), node.indexTotal(), seconds),
                    before == null ? null : rate(before.queryTotal(), node.queryTotal(), seconds)));
        }
        return result;
    }

    private static @Nullable Double rate(@Nullable Long before, @Nullable Long now, double seconds) {
        if (before == null || now == null || seconds <= 0 || now < before) {
            return null;
        }
        return (now - before) / seconds;
    }

    private static String human(Duration duration) {
        return duration.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }
}
