package io.gatehouse.shared;

import org.jspecify.annotations.Nullable;

/**
 * The rule for what people name things with (organizations, clusters, users, keys, connectors): one line, trimmed,
 * of bounded length. Control characters are refused, not stripped: a NUL cannot be stored at all, and a line break
 * has no place in a name shown in a list, a mail subject or a notification.
 */
public final class OneLineText {

    private OneLineText() {
    }

    /**
     * {@code text} trimmed, or a refusal with {@code code} naming {@code field}; {@code subject} starts the message,
     * as in "A cluster's name".
     */
    public static String require(@Nullable String text, int maxLength, String code, String subject, String field) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > maxLength) {
            throw new InvalidRequest(code, subject + " is 1 to " + maxLength + " characters", field);
        }
        if (!isOneLine(trimmed)) {
            throw new InvalidRequest(code, subject + " has no control characters", field);
        }
        return trimmed;
    }

    public static boolean isOneLine(String text) {
        return text.chars().noneMatch(Character::isISOControl);
    }
}
