package io.gatehouse.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gatehouse.monitoring.MetricsReport;
import org.jspecify.annotations.Nullable;

/**
 * One metric of a report as the page draws it: a title and unit for people, the summary, and the series as the
 * JSON uPlot takes ({@code [[seconds…], [values…]]}), carried in a data attribute because the CSP allows no inline
 * script.
 */
record MetricChart(String key, String title, String unit, MetricsReport.Metric metric) {

    private record Label(String title, String unit) {
    }

    private static final Map<String, Label> LABELS = Map.of(
            "cpu_percent", new Label("CPU", "%"),
            "heap_percent", new Label("JVM heap", "%"),
            "disk_percent", new Label("Disk used", "%"),
            "docs_count", new Label("Documents", ""),
            "search_rate", new Label("Search rate", "/s"),
            "indexing_rate", new Label("Indexing rate", "/s"));

    /** The report's metrics in the order the service gives them. */
    static List<MetricChart> of(MetricsReport report) {
        List<MetricChart> charts = new ArrayList<>();
        report.metrics().forEach((key, metric) -> {
            Label label = LABELS.getOrDefault(key, new Label(key, ""));
            charts.add(new MetricChart(key, label.title(), label.unit(), metric));
        });
        return charts;
    }

    public boolean empty() {
        return metric.series().isEmpty();
    }

    public String seriesJson() {
        StringBuilder times = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (MetricsReport.Point point : metric.series()) {
            String separator = times.isEmpty() ? "" : ",";
            times.append(separator).append(point.at().getEpochSecond());
            values.append(separator).append(Double.isFinite(point.value()) ? Double.toString(point.value()) : "null");
        }
        return "[[" + times + "],[" + values + "]]";
    }

    /** A summary value with its unit: "72.4 %", "1,204,332", "35.0/s"; a dash without samples. */
    public String format(@Nullable Double value) {
        if (value == null) {
            return "—";
        }
        if (unit.isEmpty()) {
            return String.format(Locale.ROOT, "%,d", Math.round(value));
        }
        return String.format(Locale.ROOT, "%.1f", value) + (unit.equals("%") ? " %" : unit);
    }

    /** What the chart shows, for screen readers (the canvas itself says nothing). */
    public String description(String period) {
        if (empty()) {
            return title + ": no reports in the " + period.toLowerCase(Locale.ROOT);
        }
        return title + " over the " + period.toLowerCase(Locale.ROOT) + ", from " + format(metric.min()) + " to "
                + format(metric.max());
    }
}
