package io.gatehouse.console;

import java.time.Clock;
import java.time.Instant;

import io.gatehouse.access.Permission;
import io.gatehouse.cluster.ClusterService;
import io.gatehouse.monitoring.MetricsReport;
import io.gatehouse.monitoring.MetricsReportService;
import io.gatehouse.web.Caller;
import io.gatehouse.web.RequiresPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A cluster's <b>Metrics reports</b>: a chart and a summary (min, mean, max, p95) per metric over a chosen period. */
@Controller
class ClusterMetricsConsoleController {

    private final ClusterService clusters;
    private final MetricsReportService reports;
    private final Clock clock;

    ClusterMetricsConsoleController(ClusterService clusters, MetricsReportService reports, Clock clock) {
        this.clusters = clusters;
        this.reports = reports;
        this.clock = clock;
    }

    @RequiresPermission(Permission.VIEW_METRICS)
    @GetMapping("/clusters/{cluster_id}/metrics")
    String metrics(Caller caller, @RequestParam(defaultValue = "24h") String range, Model model) {
        ReportRange period = ReportRange.fromParam(range);
        Instant to = clock.instant();
        MetricsReport report = reports.report(caller.organization(), caller.cluster(), to.minus(period.length()), to,
                null);
        model.addAttribute("view", ClusterView.of(caller, clusters.get(caller.organization(), caller.cluster())));
        model.addAttribute("range", period);
        model.addAttribute("ranges", ReportRange.values());
        model.addAttribute("report", report);
        model.addAttribute("charts", MetricChart.of(report));
        return "console/cluster-metrics";
    }
}
