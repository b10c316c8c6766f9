package io.gatehouse.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.gatehouse.shared.ClusterId;
import org.jspecify.annotations.Nullable;

/**
 * A cluster's metrics over [from, to): per metric, a series of (bucket start, mean in the bucket) and a summary of
 * the raw per-report values (not of the downsampled ones, so that p95 and max are not flattened).
 */
public record MetricsReport(ClusterId cluster, Instant from, Instant to, Duration interval,
        Map<String, Metric> metrics) {

    public record Point(Instant at, double value) {
    }

    public record Metric(List<Point> series, @Nullable Double min, @Nullable Double mean, @Nullable Double max,
            @Nullable Double p95) {
    }
}
