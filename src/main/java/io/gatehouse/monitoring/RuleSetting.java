package io.gatehouse.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;

/** One rule's customization: whether it runs and its thresholds (every key of the type, defaults filled in). */
public record RuleSetting(EventType type, boolean enabled, Map<String, Double> thresholds) {

    public RuleSetting {
        Map<String, Double> complete = new LinkedHashMap<>(type.defaults());
        complete.putAll(thresholds);
        thresholds = java.util.Collections.unmodifiableMap(complete);
    }

    public static RuleSetting defaults(EventType type) {
        return new RuleSetting(type, true, Map.of());
    }

    double threshold(String key) {
        Double value = thresholds.get(key);
        if (value == null) {
            throw new IllegalArgumentException(type + " has no threshold " + key);
        }
        return value;
    }

    /** Whether a threshold was changed from its default (the disk rules then ignore the cluster's watermarks). */
    boolean customized(String key) {
        return threshold(key) != type.thresholds().get(key).defaultValue();
    }
}
