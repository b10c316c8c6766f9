package io.gatehouse.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.gatehouse.monitoring.SampleRepository.ClusterPoint;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.InvalidRequest;
import io.gatehouse.shared.OrganizationId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Metrics reports: one query reduces the samples to one cluster-level point per report, then points are averaged
 * into buckets of {@code interval} (chosen so that a series has at most {@link #MAX_POINTS} points).
 */
@Service
public class MetricsReportService {

    static final int MAX_POINTS = 500;
    static final Duration DEFAULT_RANGE = Duration.ofHours(24);
    static final Duration MAX_RANGE = Duration.ofDays(31);
    private static final Map<String, Function<ClusterPoint, @Nullable Double>> METRICS = new LinkedHashMap<>();

    static {
        METRICS.put("cpu_percent", ClusterPoint::cpu);
        METRICS.put("heap_percent", ClusterPoint::heap);
        METRICS.put("disk_percent", ClusterPoint::disk);
        METRICS.put("docs_count", ClusterPoint::docs);
        METRICS.put("search_rate", ClusterPoint::searchRate);
        METRICS.put("indexing_rate", ClusterPoint::indexingRate);
    }

    private final SampleRepository samples;
    private final Clock clock;

    MetricsReportService(SampleRepository samples, Clock clock) {
        this.samples = samples;
        this.clock = clock;
    }

    /** Defaults: the last 24 hours, and the smallest whole-second interval that keeps 500 points or fewer. */
    @Transactional(readOnly = true)
    public MetricsReport report(OrganizationId org, ClusterId cluster, @Nullable Instant from, @Nullable Instant to,
            @Nullable Duration interval) {
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minus(DEFAULT_RANGE) : from;
        if (!start.isBefore(end) || Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw new InvalidRequest("request.invalid_parameter",
                    "from must be before to, and the range at most 31 days", "from", "to");
        }
        Duration range = Duration.between(start, end);
        Duration step = interval == null ? smallestInterval(range) : interval;
        if (step.toSeconds() < 1 || range.toMillis() / step.toMillis() > MAX_POINTS) {
            throw new InvalidRequest("request.invalid_parameter", "interval must be at least 1s and at least "
                    + smallestInterval(range).toSeconds() + "s for this range (at most " + MAX_POINTS + " points)",
                    "interval");
        }
        List<ClusterPoint> points = samples.points(org, cluster, start, end);
        Map<String, MetricsReport.Metric> metrics = new LinkedHashMap<>();
        METRICS.forEach((name, value) -> metrics.put(name, metric(points, value, start, step)));
        return new MetricsReport(cluster, start, end, step, metrics);
    }

    static Duration smallestInterval(Duration range) {
        long seconds = Math.max(1, (range.toSeconds() + MAX_POINTS - 1) / MAX_POINTS);
        return Duration.ofSeconds(seconds);
    }

    static MetricsReport.Metric metric(List<ClusterPoint> points, Function<ClusterPoint, @Nullable Double> value,
            Instant start, Duration step) {
        List<MetricsReport.Point> series = new ArrayList<>();
        double[] raw = new double[points.size()];
        int count = 0;
        long bucket = Long.MIN_VALUE;
        double sum = 0;
        int inBucket = 0;
        for (ClusterPoint point : points) {
            Double v = value.apply(point);
            if (v == null) {
                continue;
            }
            raw[count++] = v;
            long b = Duration.between(start, point.at()).toMillis() / step.toMillis();
            if (b != bucket && inBucket > 0) {
                series.add(new MetricsReport.Point(start.plus(step.multipliedBy(bucket)), sum / inBucket));
                sum = 0;
                inBucket = 0;
            }
            bucket = b;
            sum += v;
            inBucket++;
        }
        if (inBucket > 0) {
            series.add(new MetricsReport.Point(start.plus(step.multipliedBy(bucket)), sum / inBucket));
        }
        if (count == 0) {
            return new MetricsReport.Metric(series, null, null, null, null);
        }
        double[] sorted = Arrays.copyOf(raw, count);
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).sum() / count;
        // Nearest-rank p95: the smallest value with at least 95 % of the values at or below it.
        double p95 = sorted[(int) Math.ceil(0.95 * count) - 1];
        return new MetricsReport.Metric(series, sorted[0], mean, sorted[count - 1], p95);
    }
}
