package io.gatehouse.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code gatehouse <command>}: organization management from a terminal or a script. Exit codes: 0 done, 1 the
 * server refused (its error is printed), 2 wrong usage, 3 server unreachable or failing, 4 not configured.
 */
@Command(name = "gatehouse", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "gatehouse 0.1.0",
        description = { "Manage a Gatehouse organization: invitations, members, clusters and API keys.",
                "With no command, runs the server; `gatehouse agent --help` describes the cluster agent." },
        subcommands = { ConfigureCommand.class, InviteCommand.class, MembersCommand.class, InvitationsCommand.class,
                ClustersCommand.class, KeysCommand.class, CommandLine.HelpCommand.class })
public class GatehouseCli {

    static final int REFUSED = 1;
    static final int UNREACHABLE = 3;
    static final int NOT_CONFIGURED = 4;
    /** First arguments the client answers; anything else starts the server (Spring Boot's own --options). */
    private static final Set<String> COMMANDS = Set.of("configure", "invite", "members", "invitations", "clusters",
            "keys", "help", "--help", "-h", "--version", "-V");

    @Option(names = "--json", scope = CommandLine.ScopeType.INHERIT, description = "Print the API's JSON (for scripts)")
    boolean json;

    @Option(names = "--url", scope = CommandLine.ScopeType.INHERIT, description = "Gatehouse URL (overrides the config)")
    @Nullable String url;

    @Option(names = "--api-key", scope = CommandLine.ScopeType.INHERIT, description = "API key (overrides the config)")
    @Nullable String apiKey;

    final Map<String, String> env;
    final PrintWriter out;
    final JsonMapper mapper = JsonMapper.builder().build();

    GatehouseCli(Map<String, String> env, PrintWriter out) {
        this.env = env;
        this.out = out;
    }

    /** Whether {@code gatehouse <first>} is a command of this client (and not, say, the server or the agent). */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args) {
        return run(args, System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        GatehouseCli cli = new GatehouseCli(env, out);
        CommandLine line = new CommandLine(cli);
        line.setOut(out).setErr(err).setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof ApiClient.ApiFailure failure) {
                printErrors(err, failure);
                return REFUSED;
            }
            if (e instanceof ApiClient.Unreachable || e instanceof NotConfigured) {
                err.println("gatehouse: " + e.getMessage());
                return e instanceof NotConfigured ? NOT_CONFIGURED : UNREACHABLE;
            }
            throw e;
        });
        return line.execute(args);
    }

    ApiClient client() {
        CliConfig config = CliConfig.load(env, mapper);
        String server = url != null ? url : config.url();
        String key = apiKey != null ? apiKey : config.apiKey();
        if (server == null || key == null) {
            throw new NotConfigured();
        }
        return new ApiClient(server, key, mapper);
    }

    Output output() {
        return new Output(out, json, mapper);
    }

    /** The caller's organization, as the API knows it. */
    String organizationId(ApiClient api) {
        String id = api.get("/user").path("organization_id").asString("");
        if (id.isEmpty()) {
            throw new ApiClient.ApiFailure(404, mapper.readTree(
                    "{\"errors\":[{\"code\":\"organization.no_membership\",\"message\":\"You do not belong to an organization\"}]}"));
        }
        return id;
    }

    private static void printErrors(PrintWriter err, ApiClient.ApiFailure failure) {
        JsonNode errors = failure.body.path("errors");
        if (errors.isEmpty()) {
            err.println("gatehouse: the server answered " + failure.status);
            return;
        }
        for (JsonNode error : errors) {
            List<String> fields = error.path("fields").valueStream().map(f -> f.asString("")).toList();
            err.println("error: " + error.path("message").asString("") + " [" + error.path("code").asString("") + "]"
                    + (fields.isEmpty() ? "" : " " + String.join(", ", fields)));
        }
    }

    static final class NotConfigured extends RuntimeException {

        NotConfigured() {
            super("not configured: run `gatehouse configure --url URL --api-key KEY` (or set GATEHOUSE_URL and"
                    + " GATEHOUSE_API_KEY)");
        }
    }
}
