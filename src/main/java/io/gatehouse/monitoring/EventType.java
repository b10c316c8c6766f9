package io.gatehouse.monitoring;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of API.md with their threshold keys, defaults and allowed ranges. Percentages are of a whole
 * (1 to 100); a customization outside a range is refused.
 */
public enum EventType {

    HIGH_CPU("High CPU", Severity.MEDIUM, Map.of("cpu_percent", new Bound(80, 1, 100), "samples", new Bound(5, 1, 60))),
    HIGH_HEAP("High JVM heap", Severity.HIGH, Map.of("heap_percent", new Bound(85, 1, 100), "samples", new Bound(3, 1, 60))),
    DISK_WATERMARK_LOW("Disk above the low watermark", Severity.MEDIUM, Map.of("disk_percent", new Bound(85, 1, 100))),
    DISK_WATERMARK_HIGH("Disk above the high watermark", Severity.HIGH, Map.of("disk_percent", new Bound(90, 1, 100))),
    CLUSTER_STATUS_YELLOW("Cluster status yellow", Severity.MEDIUM, Map.of()),
    CLUSTER_STATUS_RED("Cluster status red", Severity.HIGH, Map.of()),
    UNASSIGNED_SHARDS("Unassigned shards", Severity.MEDIUM, Map.of("count", new Bound(1, 1, 1_000_000)));

    /** A threshold's default and inclusive range. */
    public record Bound(double defaultValue, double min, double max) {

        boolean contains(double value) {
            return value >= min && value <= max;
        }
    }

    private final String label;
    private final Severity severity;
    private final Map<String, Bound> thresholds;

    EventType(String label, Severity severity, Map<String, Bound> thresholds) {
        this.label = label;
        this.severity = severity;
        this.thresholds = thresholds;
    }

    /** The rule's name as people read it ("High JVM heap"). */
    public String label() {
        return label;
    }

    public Severity severity() {
        return severity;
    }

    public Map<String, Bound> thresholds() {
        return thresholds;
    }

    /** The defaults, in a stable order for rendering. */
    public Map<String, Double> defaults() {
        Map<String, Double> defaults = new LinkedHashMap<>();
        thresholds.keySet().stream().sorted().forEach(k -> defaults.put(k, thresholds.get(k).defaultValue()));
        return defaults;
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EventType> fromApiName(String name) {
        return Arrays.stream(values()).filter(t -> t.apiName().equals(name)).findFirst();
    }
}
