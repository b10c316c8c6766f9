package io.gatehouse.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatehouse.monitoring.Customizations;
import io.gatehouse.monitoring.EventType;
import io.gatehouse.monitoring.RuleSetting;
import io.gatehouse.shared.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The <b>Customizations</b> form: every rule with its switch and thresholds, as typed (so that a refused value is
 * shown again as the user wrote it). Form fields are named {@code <type>-<threshold>}, e.g. {@code high_cpu-samples},
 * and {@code <type>-enabled}.
 */
record CustomizationForm(List<Rule> rules) {

    record Rule(EventType type, boolean enabled, List<Threshold> thresholds) {

        public String switchId() {
            return type.apiName() + "-enabled";
        }

        /** "Watch for high CPU". */
        public String switchLabel() {
            String label = type.label();
            return "Watch for " + Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }

        public boolean diskWatermark() {
            return type == EventType.DISK_WATERMARK_LOW || type == EventType.DISK_WATERMARK_HIGH;
        }
    }

    record Threshold(String id, String key, String label, String value, double min, double max) {

        public boolean whole() {
            return !key.endsWith("_percent");
        }
    }

    private static final Pattern PROBLEM_FIELD = Pattern.compile("event_settings\\[(\\d+)]\\.thresholds\\.(\\w+)");
    private static final Map<String, String> LABELS = Map.of(
            "high_cpu-cpu_percent", "CPU threshold (%)",
            "high_cpu-samples", "CPU samples in a row",
            "high_heap-heap_percent", "Heap threshold (%)",
            "high_heap-samples", "Heap samples in a row",
            "disk_watermark_low-disk_percent", "Low watermark (%)",
            "disk_watermark_high-disk_percent", "High watermark (%)",
            "unassigned_shards-count", "Unassigned shards at least");

    static CustomizationForm of(Customizations saved) {
        List<Rule> rules = new ArrayList<>();
        for (EventType type : EventType.values()) {
            RuleSetting setting = saved.of(type);
            List<Threshold> thresholds = new ArrayList<>();
            setting.thresholds().forEach((key, value) -> thresholds.add(threshold(type, key, number(value))));
            rules.add(new Rule(type, setting.enabled(), thresholds));
        }
        return new CustomizationForm(rules);
    }

    /** What the user submitted; an unchecked switch is absent from a form post, so absent means disabled. */
    static CustomizationForm from(MultiValueMap<String, String> form) {
        List<Rule> rules = new ArrayList<>();
        for (EventType type : EventType.values()) {
            List<Threshold> thresholds = new ArrayList<>();
            for (String key : type.defaults().keySet()) {
                String given = form.getFirst(type.apiName() + "-" + key);
                thresholds.add(threshold(type, key, given == null ? "" : given.strip()));
            }
            rules.add(new Rule(type, form.containsKey(type.apiName() + "-enabled"), thresholds));
        }
        return new CustomizationForm(rules);
    }

    /** The request of the API's PUT, one entry per rule in {@link EventType} order; text that is no number stays text. */
    List<Customizations.Requested> requested() {
        return rules.stream().map(rule -> {
            Map<String, Object> thresholds = new LinkedHashMap<>();
            rule.thresholds().forEach(t -> thresholds.put(t.key(), parsed(t.value())));
            return new Customizations.Requested(rule.type().apiName(), rule.enabled(), thresholds);
        }).toList();
    }

    /** The form field a refusal belongs to; the watermark order goes to the low watermark. */
    static @Nullable String fieldOf(Problem problem) {
        for (String field : problem.fields()) {
            Matcher matcher = PROBLEM_FIELD.matcher(field);
            if (matcher.matches()) {
                EventType type = EventType.values()[Integer.parseInt(matcher.group(1))];
                return type.apiName() + "-" + matcher.group(2);
            }
            if (field.equals("event_settings")) {
                return "disk_watermark_low-disk_percent";
            }
        }
        return null;
    }

    private static Threshold threshold(EventType type, String key, String value) {
        String id = type.apiName() + "-" + key;
        EventType.Bound bound = type.thresholds().get(key);
        return new Threshold(id, key, LABELS.getOrDefault(id, key), value, bound.min(), bound.max());
    }

    private static Object parsed(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static String number(double value) {
        return value % 1 == 0 ? Long.toString((long) value) : Double.toString(value);
    }
}
