package io.gatehouse.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.JsonNode;

@Command(name = "members", description = "List members, remove them, or set their roles.",
        subcommands = { MembersCommand.List_.class, MembersCommand.Remove.class, MembersCommand.Roles.class })
class MembersCommand {

    @ParentCommand
    GatehouseCli cli;

    static final List<Output.Column> COLUMNS = List.of(Output.Column.of("USER ID", "user_id"),
            Output.Column.of("EMAIL", "email"), Output.Column.of("NAME", "name"),
            new Output.Column("ROLES", MembersCommand::roles), Output.Column.of("MEMBER SINCE", "member_since"));

    /** "owner; viewer on 2 clusters; admin on all clusters". */
    static String roles(JsonNode row) {
        List<String> roles = new ArrayList<>();
        row.path("role_assignments").path("organization").forEach(r -> roles.add("owner"));
        row.path("role_assignments").path("cloud_connected_resource").forEach(r -> roles.add(
                r.path("role_id").asString("").replace("cloud-connected-", "") + " on "
                        + (r.path("all").asBoolean() ? "all clusters" : r.path("resource_ids").size() + " cluster(s)")));
        return roles.isEmpty() ? "-" : String.join("; ", roles);
    }

    @Command(name = "list", description = "List the organization's members and their roles.")
    static class List_ implements Runnable {

        @ParentCommand
        MembersCommand members;

        @Override
        public void run() {
            ApiClient api = members.cli.client();
            JsonNode reply = api.getAll("/organizations/" + members.cli.organizationId(api) + "/members", "members");
            members.cli.output().table(reply, reply.path("members"), COLUMNS, "No members.");
        }
    }

    @Command(name = "remove", description = "Remove members (your own id: leave the organization).")
    static class Remove implements Runnable {

        @ParentCommand
        MembersCommand members;

        @Parameters(arity = "1..*", paramLabel = "USER_ID")
        List<String> userIds = new ArrayList<>();

        @Override
        public void run() {
            ApiClient api = members.cli.client();
            JsonNode reply = api.delete("/organizations/" + members.cli.organizationId(api) + "/members/"
                    + String.join(",", userIds));
            members.cli.output().done(reply, "Removed " + userIds.size() + " member(s).");
        }
    }

    @Command(name = "roles", description = "Replace a member's roles: gatehouse members roles USER_ID --role admin "
            + "--clusters ID,ID")
    static class Roles implements Runnable {

        @ParentCommand
        MembersCommand members;

        @Parameters(index = "0", paramLabel = "USER_ID")
        String userId = "";

        @Mixin
        RoleOptions roles = new RoleOptions();

        @Override
        public void run() {
            ApiClient api = members.cli.client();
            JsonNode reply = api.put("/users/" + userId + "/role_assignments",
                    roles.roleAssignments(members.cli.organizationId(api)));
            members.cli.output().done(reply, "Roles of " + userId + " set to " + roles.role + " on "
                    + (roles.clusters.equals("all") ? "all clusters" : "clusters " + roles.clusters) + ".");
        }
    }
}
