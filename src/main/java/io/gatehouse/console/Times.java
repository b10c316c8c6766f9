package io.gatehouse.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Times as people read them: relative ("3 hours ago", "in 2 days") beside the exact UTC time. Relative to the
 * service's clock, so that pages agree with expiry decisions.
 */
@Component
class Times {

    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Clock clock;

    Times(Clock clock) {
        this.clock = clock;
    }

    public String exact(@Nullable Instant at) {
        return at == null ? "never" : EXACT.format(at);
    }

    public String iso(@Nullable Instant at) {
        return at == null ? "" : at.toString();
    }

    public String relative(@Nullable Instant at) {
        if (at == null) {
            return "never";
        }
        Duration between = Duration.between(clock.instant(), at);
        boolean future = !between.isNegative();
        long seconds = Math.abs(between.getSeconds());
        if (seconds < 60) {
            return future ? "in less than a minute" : "just now";
        }
        String amount = amount(seconds);
        return future ? "in " + amount : amount + " ago";
    }

    /** Rounded to the nearest unit: an invitation sent a moment ago expires "in 3 days", not "in 2 days". */
    private static String amount(long seconds) {
        if (seconds < 5400) {
            return plural(Math.round(seconds / 60.0), "minute");
        }
        if (seconds < 86_400L * 2) {
            return plural(Math.round(seconds / 3600.0), "hour");
        }
        if (seconds < 86_400L * 60) {
            return plural(Math.round(seconds / 86_400.0), "day");
        }
        return plural(Math.round(seconds / (86_400.0 * 30)), "month");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
