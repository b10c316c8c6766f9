package io.gatehouse.api;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import io.gatehouse.shared.InvalidRequest;
import org.jspecify.annotations.Nullable;

/** Query parameters of time: RFC 3339 instants ({@code from}, {@code to}) and durations like {@code 30s}, {@code 5m}. */
final class TimeParameters {

    private TimeParameters() {
    }

    static @Nullable Instant instant(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequest("request.invalid_parameter", name + " must be an RFC 3339 UTC time", name);
        }
    }

    static @Nullable Duration duration(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().toLowerCase(Locale.ROOT);
        try {
            long amount = Long.parseLong(text.substring(0, text.length() - 1));
            Duration duration = switch (text.charAt(text.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> null;
            };
            if (duration != null && !duration.isNegative() && !duration.isZero()) {
                return duration;
            }
        } catch (NumberFormatException | ArithmeticException | StringIndexOutOfBoundsException e) {
            // reported below
        }
        throw new InvalidRequest("request.invalid_parameter", name + " must be a number and a unit s, m, h or d", name);
    }
}
