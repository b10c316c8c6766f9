package io.gatehouse.monitoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.gatehouse.shared.InvalidRequest;
import io.gatehouse.shared.Problem;
import org.jspecify.annotations.Nullable;

/** A cluster's rule settings, one per event type; types without a customization run with their defaults. */
public record Customizations(Map<EventType, RuleSetting> settings) {

    /** One entry of a PUT, as the client sent it. */
    public record Requested(@Nullable String type, @Nullable Boolean enabled, @Nullable Map<String, Object> thresholds) {
    }

    public Customizations {
        Map<EventType, RuleSetting> all = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            all.put(type, settings.getOrDefault(type, RuleSetting.defaults(type)));
        }
        settings = java.util.Collections.unmodifiableMap(all);
    }

    public static Customizations defaults() {
        return new Customizations(Map.of());
    }

    public RuleSetting of(EventType type) {
        return settings.get(type);
    }

    public List<RuleSetting> all() {
        return List.copyOf(settings.values());
    }

    /**
     * Validates a whole request before anything is stored, with one problem per mistake: unknown or repeated types,
     * unknown threshold keys, values that are not numbers or lie outside their range (a CPU threshold of 140 %).
     * Types the request leaves out go back to their defaults.
     */
    public static Customizations validate(@Nullable List<Requested> requested) {
        List<Problem> problems = new ArrayList<>();
        Map<EventType, RuleSetting> settings = new EnumMap<>(EventType.class);
        List<Requested> entries = requested == null ? List.of() : requested;
        for (int i = 0; i < entries.size(); i++) {
            Requested entry = entries.get(i);
            String at = "event_settings[" + i + "]";
            if (entry == null) {
                problems.add(Problem.of("customizations.invalid_setting", "an event setting is an object", at));
                continue;
            }
            EventType type = entry.type() == null ? null : EventType.fromApiName(entry.type()).orElse(null);
            if (type == null) {
                problems.add(Problem.of("customizations.unknown_event_type",
                        "\"" + entry.type() + "\" is not an event type", at + ".type"));
                continue;
            }
            if (settings.containsKey(type)) {
                problems.add(Problem.of("customizations.duplicate_event_type", type.apiName() + " appears twice",
                        at + ".type"));
                continue;
            }
            Map<String, Double> thresholds = thresholds(type, entry.thresholds(), at, problems);
            settings.put(type, new RuleSetting(type, entry.enabled() == null || entry.enabled(), thresholds));
        }
        checkWatermarkOrder(settings, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return new Customizations(settings);
    }

    private static Map<String, Double> thresholds(EventType type, @Nullable Map<String, Object> given, String at,
            List<Problem> problems) {
        Map<String, Double> thresholds = new java.util.LinkedHashMap<>();
        if (given == null) {
            return thresholds;
        }
        given.forEach((key, value) -> {
            String field = at + ".thresholds." + key;
            EventType.Bound bound = type.thresholds().get(key);
            if (bound == null) {
                problems.add(Problem.of("customizations.unknown_threshold",
                        type.apiName() + " has no threshold " + key, field));
            } else if (!(value instanceof Number number) || !bound.contains(number.doubleValue())
                    || (key.equals("samples") || key.equals("count")) && number.doubleValue() % 1 != 0) {
                problems.add(Problem.of("customizations.invalid_threshold", key + " must be "
                        + (key.endsWith("_percent") ? "a percentage" : "a whole number") + " from "
                        + format(bound.min()) + " to " + format(bound.max()), field));
            } else {
                thresholds.put(key, number.doubleValue());
            }
        });
        return thresholds;
    }

    private static void checkWatermarkOrder(Map<EventType, RuleSetting> settings, List<Problem> problems) {
        RuleSetting low = settings.get(EventType.DISK_WATERMARK_LOW);
        RuleSetting high = settings.get(EventType.DISK_WATERMARK_HIGH);
        double lowValue = (low == null ? RuleSetting.defaults(EventType.DISK_WATERMARK_LOW) : low).threshold("disk_percent");
        double highValue = (high == null ? RuleSetting.defaults(EventType.DISK_WATERMARK_HIGH) : high)
                .threshold("disk_percent");
        if ((low != null || high != null) && lowValue >= highValue) {
            problems.add(Problem.of("customizations.invalid_threshold",
                    "the low disk watermark must be below the high one", "event_settings"));
        }
    }

    private static String format(double value) {
        return value % 1 == 0 ? Long.toString((long) value) : Double.toString(value);
    }
}
