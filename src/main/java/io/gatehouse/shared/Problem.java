package io.gatehouse.shared;

import java.util.List;

/** One thing wrong with a request: a stable dotted code, a sentence for people, and the fields concerned. */
public record Problem(String code, String message, List<String> fields) {

    public Problem {
        fields = List.copyOf(fields);
    }

    public static Problem of(String code, String message, String... fields) {
        return new Problem(code, message, List.of(fields));
    }
}
