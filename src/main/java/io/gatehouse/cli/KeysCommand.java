package io.gatehouse.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.JsonNode;

@Command(name = "keys", description = "Create, list or revoke your API keys.",
        subcommands = { KeysCommand.Create.class, KeysCommand.List_.class, KeysCommand.Revoke.class })
class KeysCommand {

    @ParentCommand
    GatehouseCli cli;

    @Command(name = "create", description = "Create an API key; prints it (shown only once). It expires no later "
            + "than the key the CLI is configured with.")
    static class Create implements Runnable {

        @ParentCommand
        KeysCommand keys;

        @Option(names = "--description", required = true)
        String description = "";

        @Option(names = "--expiration", description = "Lifetime such as 90d (default) or 12h, at most 365d")
        String expiration;

        @Override
        public void run() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("description", description);
            if (expiration != null) {
                body.put("expiration", expiration);
            }
            JsonNode reply = keys.cli.client().post("/users/auth/keys", body);
            keys.cli.output().done(reply, "API key " + reply.path("id").asString("") + " (expires "
                    + reply.path("expiration_date").asString("") + ", shown only now):\n" + reply.path("key").asString(""));
        }
    }

    @Command(name = "list", description = "List your API keys.")
    static class List_ implements Runnable {

        @ParentCommand
        KeysCommand keys;

        @Override
        public void run() {
            JsonNode reply = keys.cli.client().getAll("/users/auth/keys", "keys");
            keys.cli.output().table(reply, reply.path("keys"), List.of(Output.Column.of("ID", "id"),
                    Output.Column.of("DESCRIPTION", "description"), Output.Column.of("CREATED", "creation_date"),
                    Output.Column.of("EXPIRES", "expiration_date"), Output.Column.of("LAST USED", "last_used")),
                    "No API keys.");
        }
    }

    @Command(name = "revoke", description = "Revoke one of your API keys.")
    static class Revoke implements Runnable {

        @ParentCommand
        KeysCommand keys;

        @Parameters(index = "0", paramLabel = "KEY_ID")
        String id = "";

        @Override
        public void run() {
            JsonNode reply = keys.cli.client().delete("/users/auth/keys/" + id);
            keys.cli.output().done(reply, "Revoked " + id + ".");
        }
    }
}
