package io.gatehouse.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one rule evaluation round (all rules, a 50-node report, 5 samples of history per node), in memory.
 * Run: see the README's benchmark section ({@code org.openjdk.jmh.Main RuleEvaluationBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RuleEvaluationBenchmark {

    private Observation observation;
    private Customizations customizations;

    @Setup
    public void setUp() {
        List<NodeStats> latest = new ArrayList<>();
        Map<String, List<NodeStats>> history = new HashMap<>();
        for (int n = 0; n < 50; n++) {
            List<NodeStats> samples = new ArrayList<>();
            for (int s = 0; s < 5; s++) {
                // Every tenth node runs hot, so that rules build findings as well as reject.
                double cpu = n % 10 == 0 ? 92 : 40 + s;
                samples.add(new NodeStats("node-" + n, "es-" + n, cpu, 70.0, 60.0 + n % 30, 2.0, 1_000_000L,
                        5_000_000L + s, 900_000L + s));
            }
            history.put("node-" + n, samples);
            latest.add(samples.get(4));
        }
        AgentReport report = new AgentReport(Instant.parse("2026-01-01T00:00:00Z"), "8.13.4",
                new ClusterHealth("yellow", 50, 1000, 4), latest, 85.0, 90.0, List.of("logs[0] replica"));
        observation = new Observation(report, history);
        customizations = Customizations.defaults();
    }

    @Benchmark
    public List<Finding> evaluateFiftyNodes() {
        return RuleBook.evaluate(observation, customizations);
    }
}
