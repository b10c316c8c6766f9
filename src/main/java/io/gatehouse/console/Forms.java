package io.gatehouse.console;

import java.util.Set;

import io.gatehouse.shared.Problem;
import org.jspecify.annotations.Nullable;

/** Small rules every form of the console shares. */
final class Forms {

    private Forms() {
    }

    /** The first of the problem's fields that the form has, so the message shows there; otherwise none. */
    static @Nullable String fieldAmong(Problem problem, Set<String> formFields) {
        return problem.fields().stream().filter(formFields::contains).findFirst().orElse(null);
    }

    /** Only a path on this site may be a redirect target: no scheme, no host, no "//" trick. */
    static String localPath(@Nullable String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return "/";
        }
        return next;
    }
}
