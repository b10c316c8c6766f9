package io.gatehouse.monitoring;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How urgent an event is, in increasing order. */
public enum Severity {
    LOW, MEDIUM, HIGH;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public static Optional<Severity> fromApiName(String name) {
        return Arrays.stream(values()).filter(s -> s.apiName().equals(name)).findFirst();
    }
}
