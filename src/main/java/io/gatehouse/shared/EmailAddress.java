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

    public EmailAddress {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a normalised email address");
        }
    }

    public static Optional<EmailAddress> parse(String text) {
        String normalised = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return isValid(normalised) ? Optional.of(new EmailAddress(normalised)) : Optional.empty();
    }

    /** Parses or refuses with {@code code}, naming {@code field}. */
    public static EmailAddress require(String text, String code, String field) {
        return parse(text).orElseThrow(() -> new InvalidRequest(code, "\"" + text + "\" is not a valid email address",
                field));
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
