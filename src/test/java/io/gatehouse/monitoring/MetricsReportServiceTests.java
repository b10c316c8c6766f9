package io.gatehouse.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.gatehouse.monitoring.SampleRepository.ClusterPoint;
import org.junit.jupiter.api.Test;

class MetricsReportServiceTests {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void downsamplesToBucketMeansAndSummarisesTheRawValues() {
        List<ClusterPoint> points = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            points.add(new ClusterPoint(START.plusSeconds(10L * (i - 1)), (double) i, null, null, null, null, null));
        }
        MetricsReport.Metric cpu = MetricsReportService.metric(points, ClusterPoint::cpu, START, Duration.ofSeconds(100));
        assertThat(cpu.series()).hasSize(10);
        assertThat(cpu.series().get(0)).isEqualTo(new MetricsReport.Point(START, 5.5));
        assertThat(cpu.min()).isEqualTo(1.0);
        assertThat(cpu.max()).isEqualTo(100.0);
        assertThat(cpu.mean()).isEqualTo(50.5);
        assertThat(cpu.p95()).isEqualTo(95.0);
        MetricsReport.Metric heap = MetricsReportService.metric(points, ClusterPoint::heap, START, Duration.ofSeconds(100));
        assertThat(heap.series()).isEmpty();
        assertThat(heap.mean()).isNull();
    }

    @Test
    void choosesAnIntervalThatKeepsAtMostFiveHundredPoints() {
        assertThat(MetricsReportService.smallestInterval(Duration.ofHours(24))).isEqualTo(Duration.ofSeconds(173));
        assertThat(MetricsReportService.smallestInterval(Duration.ofMinutes(1))).isEqualTo(Duration.ofSeconds(1));
    }
}
