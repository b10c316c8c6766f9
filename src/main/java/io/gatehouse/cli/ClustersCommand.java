package io.gatehouse.cli;

import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.JsonNode;

@Command(name = "clusters", description = "List, connect or disconnect clusters.",
        subcommands = { ClustersCommand.List_.class, ClustersCommand.Connect.class, ClustersCommand.Disconnect.class })
class ClustersCommand {

    @ParentCommand
    GatehouseCli cli;

    @Command(name = "list", description = "List the clusters you may see.")
    static class List_ implements Runnable {

        @ParentCommand
        ClustersCommand clusters;

        @Override
        public void run() {
            JsonNode reply = clusters.cli.client().getAll("/cloud-connected/clusters", "clusters");
            clusters.cli.output().table(reply, reply.path("clusters"), List.of(Output.Column.of("ID", "id"),
                    Output.Column.of("NAME", "name"), Output.Column.of("KIND", "kind"),
                    Output.Column.of("STATUS", "status"), Output.Column.of("LAST REPORT", "last_report_at")),
                    "No clusters yet: connect one with `gatehouse clusters connect NAME --kind eck`.");
        }
    }

    @Command(name = "connect", description = "Connect a cluster; prints its agent token (shown only once).")
    static class Connect implements Runnable {

        @ParentCommand
        ClustersCommand clusters;

        @Parameters(index = "0", paramLabel = "NAME")
        String name = "";

        @Option(names = "--kind", defaultValue = "self_managed", description = "self_managed (default), ece or eck")
        String kind = "self_managed";

        @Override
        public void run() {
            JsonNode reply = clusters.cli.client().post("/cloud-connected/clusters", Map.of("name", name, "kind", kind));
            clusters.cli.output().done(reply, "Connected " + reply.path("name").asString("") + " ("
                    + reply.path("id").asString("") + ").\nAgent token (shown only now): "
                    + reply.path("agent_token").asString(""));
        }
    }

    @Command(name = "disconnect", description = "Disconnect a cluster and delete its data.")
    static class Disconnect implements Runnable {

        @ParentCommand
        ClustersCommand clusters;

        @Parameters(index = "0", paramLabel = "CLUSTER_ID")
        String id = "";

        @Override
        public void run() {
            JsonNode reply = clusters.cli.client().delete("/cloud-connected/clusters/" + id);
            clusters.cli.output().done(reply, "Disconnected " + id + ".");
        }
    }
}
