package io.gatehouse.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code gatehouse configure --url URL --api-key KEY}: checks the pair against the server, then saves it. */
@Command(name = "configure", description = "Save the server URL and API key (checked first) in your config file.")
class ConfigureCommand implements Callable<Integer> {

    @ParentCommand
    GatehouseCli cli;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (cli.url == null || cli.apiKey == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "configure needs --url and --api-key");
        }
        JsonNode me = new ApiClient(cli.url, cli.apiKey, cli.mapper).get("/user");
        new CliConfig(cli.url, cli.apiKey).save(cli.env, cli.mapper);
        cli.output().done(me, "Configured for " + me.path("email").asString("") + " at " + cli.url + " (saved in "
                + CliConfig.file(cli.env) + ")");
        return 0;
    }
}
