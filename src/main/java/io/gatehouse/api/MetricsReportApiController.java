package io.gatehouse.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gatehouse.web.Caller;
import io.gatehouse.web.RequiresPermission;
import io.gatehouse.access.Permission;
import io.gatehouse.monitoring.MetricsReport;
import io.gatehouse.monitoring.MetricsReportService;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MetricsReportApiController {

    /** {@code series} is a list of {@code [time, value]} pairs, the shape chart libraries take directly. */
    record MetricJson(List<List<Object>> series, @Nullable Double min, @Nullable Double mean, @Nullable Double max,
            @Nullable Double p95) {
    }

    record ReportJson(String clusterId, Instant from, Instant to, String interval, Map<String, MetricJson> metrics) {

        static ReportJson of(MetricsReport report) {
            Map<String, MetricJson> metrics = new LinkedHashMap<>();
            report.metrics().forEach((name, m) -> metrics.put(name, new MetricJson(
                    m.series().stream().map(p -> List.<Object>of(p.at().toString(), p.value())).toList(), m.min(),
                    m.mean(), m.max(), m.p95())));
            return new ReportJson(report.cluster().toString(), report.from(), report.to(),
                    report.interval().toSeconds() + "s", metrics);
        }
    }

    private final MetricsReportService reports;

    MetricsReportApiController(MetricsReportService reports) {
        this.reports = reports;
    }

    @RequiresPermission(Permission.VIEW_METRICS)
    @GetMapping("/api/v1/cloud-connected/clusters/{cluster_id}/reports")
    ReportJson report(Caller caller, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String interval) {
        return ReportJson.of(reports.report(caller.organization(), caller.cluster(),
                TimeParameters.instant("from", from), TimeParameters.instant("to", to),
                TimeParameters.duration("interval", interval)));
    }
}
