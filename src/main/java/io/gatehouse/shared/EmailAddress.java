package io.gatehouse.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A syntactically valid email address, normalised (trimmed, lower-case) so that comparing and storing it is
 * case-insensitive without database functions.
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    /** RFC 5322's dot-atom: no dot first, last or twice in a row. Quoted local parts are not taken. */
    private static final String LOCAL = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*";
    /** A host name label: 1 to 63 letters, digits and inner hyphens. */
    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    /** Host names of at least two labels. */
    private static final String DOMAIN = LABEL + "(?:\\." + LABEL + ")+";
    private static final Pattern SHAPE = Pattern.compile(LOCAL + "@" + DOMAIN);

    /** Only what every stored address satisfies: normalised, one line, a local part and a domain. */
    public EmailAddress {
        if (value.isEmpty() || value.length() > MAX_LENGTH || !value.equals(normalised(value))
                || value.indexOf('@') < 1 || value.lastIndexOf('@') == value.length() - 1
                || !OneLineText.isOneLine(value) || value.contains(" ")) {
            throw new IllegalArgumentException("not a normalised email address");
        }
    }

    /** A new address (an invitation, a sign-up, a recipient): refused unless it has the syntax of RFC 5322. */
    public static Optional<EmailAddress> parse(String text) {
        String normalised = normalised(text);
        return isValid(normalised) ? Optional.of(new EmailAddress(normalised)) : Optional.empty();
    }

    /** Parses a new address or refuses with {@code code}, naming {@code field}. */
    public static EmailAddress require(String text, String code, String field) {
        return parse(text).orElseThrow(() -> new InvalidRequest(code, "\"" + text + "\" is not a valid email address",
                field));
    }

    /**
     * An address to look an account or invitation up by, normalised but not held to today's syntax: one stored
     * under an earlier, looser rule (Japanese carriers issued {@code taro.@docomo.ne.jp}) must still sign in, reset
     * its password and take up its invitation.
     */
    public static Optional<EmailAddress> lookup(String text) {
        try {
            return Optional.of(new EmailAddress(normalised(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String normalised(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isValid(String normalised) {
        return normalised.length() <= MAX_LENGTH && SHAPE.matcher(normalised).matches()
                && normalised.indexOf('@') <= 64;
    }

    @Override
    public String toString() {
        return value;
    }
}
