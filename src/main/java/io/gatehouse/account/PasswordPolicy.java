package io.gatehouse.account;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.gatehouse.shared.InvalidRequest;

/** Passwords of 12 to 128 characters that are not on the list of commonly used ones (API.md). */
final class PasswordPolicy {

    static final int MIN = 12;
    static final int MAX = 128;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    static String require(String password) {
        if (password == null || password.length() < MIN || password.length() > MAX) {
            throw new InvalidRequest("auth.weak_password", "A password has " + MIN + " to " + MAX + " characters",
                    "password");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            throw new InvalidRequest("auth.weak_password", "This password is too common; choose another", "password");
        }
        return password;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
