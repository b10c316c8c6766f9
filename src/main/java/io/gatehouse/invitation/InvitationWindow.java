package io.gatehouse.invitation;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** How long a (re)sent invitation stays valid: {@code expires_in} as a number and a unit s, m, h or d, 1 s to 30 d. */
final class InvitationWindow {

    static final Duration MIN = Duration.ofSeconds(1);
    static final Duration MAX = Duration.ofDays(30);
    private static final Pattern SHAPE = Pattern.compile("(\\d{1,9})([smhd])");

    private InvitationWindow() {
    }

    /**
     * The requested window, the default when none is asked for ({@code null}), or empty when the request is
     * malformed, an empty string included.
     */
    static Optional<Duration> parse(@Nullable String expiresIn, Duration fallback) {
        if (expiresIn == null) {
            return Optional.of(fallback);
        }
        Matcher matcher = SHAPE.matcher(expiresIn.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration window = switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        return window.compareTo(MIN) < 0 || window.compareTo(MAX) > 0 ? Optional.empty() : Optional.of(window);
    }
}
