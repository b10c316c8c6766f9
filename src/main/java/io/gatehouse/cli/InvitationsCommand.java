package io.gatehouse.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.JsonNode;

@Command(name = "invitations", description = "List, resend or revoke invitations.",
        subcommands = { InvitationsCommand.List_.class, InvitationsCommand.Resend.class,
                InvitationsCommand.Revoke.class })
class InvitationsCommand {

    @ParentCommand
    GatehouseCli cli;

    static final List<Output.Column> COLUMNS = List.of(Output.Column.of("ID", "id"), Output.Column.of("EMAIL", "email"),
            Output.Column.of("STATUS", "status"), new Output.Column("ROLES", MembersCommand::roles),
            Output.Column.of("EXPIRES", "expires_at"),
            new Output.Column("DELIVERY", row -> row.path("delivery").path("status").asString("-")));

    @Command(name = "list", description = "List invitations, newest first.")
    static class List_ implements Runnable {

        @ParentCommand
        InvitationsCommand invitations;

        @Option(names = "--status", description = "pending, expired, accepted or revoked")
        String status;

        @Override
        public void run() {
            ApiClient api = invitations.cli.client();
            JsonNode reply = api.getAll("/organizations/" + invitations.cli.organizationId(api) + "/invitations"
                    + (status == null ? "" : "?status=" + java.net.URLEncoder.encode(status,
                            java.nio.charset.StandardCharsets.UTF_8)), "invitations");
            invitations.cli.output().table(reply, reply.path("invitations"), COLUMNS, "No invitations.");
        }
    }

    @Command(name = "resend", description = "Send an invitation again: a new link, valid for a new window.")
    static class Resend implements Runnable {

        @ParentCommand
        InvitationsCommand invitations;

        @Parameters(index = "0", paramLabel = "INVITATION_ID")
        String id = "";

        @Override
        public void run() {
            ApiClient api = invitations.cli.client();
            JsonNode reply = api.post("/organizations/" + invitations.cli.organizationId(api) + "/invitations/" + id
                    + "/_resend", null);
            invitations.cli.output().done(reply, "Sent again to " + reply.path("email").asString("")
                    + "; expires " + reply.path("expires_at").asString("") + ".");
        }
    }

    @Command(name = "revoke", description = "Revoke invitations: their links stop working.")
    static class Revoke implements Runnable {

        @ParentCommand
        InvitationsCommand invitations;

        @Parameters(arity = "1..*", paramLabel = "INVITATION_ID")
        List<String> ids = new ArrayList<>();

        @Override
        public void run() {
            ApiClient api = invitations.cli.client();
            JsonNode reply = api.delete("/organizations/" + invitations.cli.organizationId(api) + "/invitations/"
                    + String.join(",", ids));
            invitations.cli.output().done(reply, "Revoked " + ids.size() + " invitation(s).");
        }
    }
}
