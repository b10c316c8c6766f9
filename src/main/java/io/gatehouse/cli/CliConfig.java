package io.gatehouse.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the server is and the API key to use: {@code $XDG_CONFIG_HOME/gatehouse/config.json} (or
 * {@code ~/.config/gatehouse/config.json}), readable by its owner only; {@code GATEHOUSE_URL} and
 * {@code GATEHOUSE_API_KEY} override it.
 */
record CliConfig(@Nullable String url, @Nullable String apiKey) {

    static Path file(Map<String, String> env) {
        String base = env.get("XDG_CONFIG_HOME");
        Path dir = base != null && !base.isBlank() ? Path.of(base)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
        return dir.resolve("gatehouse").resolve("config.json");
    }

    static CliConfig load(Map<String, String> env, JsonMapper json) {
        Path file = file(env);
        CliConfig stored = new CliConfig(null, null);
        if (Files.exists(file)) {
            JsonNode node = json.readTree(file.toFile());
            stored = new CliConfig(text(node, "url"), text(node, "api_key"));
        }
        return new CliConfig(Optional.ofNullable(env.get("GATEHOUSE_URL")).orElse(stored.url()),
                Optional.ofNullable(env.get("GATEHOUSE_API_KEY")).orElse(stored.apiKey()));
    }

    /** Writes the file with permissions 0600 from the start, so the key is never readable by others. */
    void save(Map<String, String> env, JsonMapper json) throws IOException {
        Path file = file(env);
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "config", ".json",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temporary, json.writeValueAsString(Map.of("url", url == null ? "" : url, "api_key",
                apiKey == null ? "" : apiKey)));
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static @Nullable String text(JsonNode node, String field) {
        String value = node.path(field).asString("");
        return value.isBlank() ? null : value;
    }
}
