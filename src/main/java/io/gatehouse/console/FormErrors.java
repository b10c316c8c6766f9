package io.gatehouse.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.gatehouse.shared.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The problems of a refused form, by the form field they belong to, so that each message shows next to its field;
 * a problem no field claims is shown above the form.
 */
final class FormErrors {

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    static FormErrors none() {
        return new FormErrors();
    }

    /** {@code fieldOf} names the form field of a problem, or null for the form as a whole. */
    static FormErrors of(List<Problem> problems, Function<Problem, @Nullable String> fieldOf) {
        FormErrors errors = new FormErrors();
        problems.forEach(problem -> errors.add(fieldOf.apply(problem), problem.message()));
        return errors;
    }

    FormErrors add(@Nullable String field, String message) {
        if (field == null) {
            general.add(message);
        } else {
            byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        }
        return this;
    }

    public boolean any() {
        return !general.isEmpty() || !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public List<String> general() {
        return general;
    }
}
