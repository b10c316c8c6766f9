package io.gatehouse.agent;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code gatehouse agent --es-url URL ... --url GATEHOUSE_URL --token TOKEN [--interval 10s]}. */
@Command(name = "gatehouse agent", mixinStandardHelpOptions = true,
        description = "Reads an Elasticsearch cluster's health and node stats and reports them to Gatehouse.")
public class AgentCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(AgentCommand.class);

    @Option(names = "--es-url", required = true, description = "Elasticsearch URL, e.g. https://localhost:9200")
    String esUrl = "";

    @Option(names = "--es-api-key", description = "Elasticsearch API key (the encoded id:key)")
    @Nullable String esApiKey;

    @Option(names = "--es-username", description = "Elasticsearch user (with --es-password)")
    @Nullable String esUsername;

    @Option(names = "--es-password", description = "Elasticsearch password", interactive = false)
    @Nullable String esPassword;

    @Option(names = "--es-ca-cert", description = "PEM file of the CA that signed Elasticsearch's certificate")
    @Nullable Path esCaCert;

    @Option(names = "--url", required = true, description = "Gatehouse URL, e.g. https://gatehouse.example.com")
    String url = "";

    @Option(names = "--token", required = true, description = "The cluster's agent token")
    String token = "";

    @Option(names = "--interval", defaultValue = "10s", description = "Time between rounds: 10s, 1m, ... (default 10s)")
    String interval = "10s";

    /** Runs the agent until the process is stopped; returns the exit code for bad options. */
    public static int run(String... args) {
        return new CommandLine(new AgentCommand()).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        Duration every = parseInterval(interval);
        if (esApiKey != null && esUsername != null) {
            throw new CommandLine.ParameterException(new CommandLine(this), "use --es-api-key or --es-username, not both");
        }
        Agent agent = create(Clock.systemUTC());
        log.info("Agent reporting {} to {} every {}s", esUrl, url, every.toSeconds());
        while (!Thread.currentThread().isInterrupted()) {
            long started = System.nanoTime();
            agent.round();
            long spent = (System.nanoTime() - started) / 1_000_000;
            Thread.sleep(Math.max(0, every.toMillis() - spent));
        }
        return 0;
    }

    Agent create(Clock clock) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        Duration timeout = Duration.ofSeconds(10);
        return new Agent(new ElasticsearchSource(esUrl, esApiKey, esUsername, esPassword, esCaCert, timeout, json),
                new GatehouseSink(url, token, timeout), clock, json);
    }

    /** Builds an agent from command-line arguments without running it (tests drive its rounds). */
    public static Agent fromArguments(Clock clock, String... args) throws Exception {
        AgentCommand command = new AgentCommand();
        new CommandLine(command).parseArgs(args);
        return command.create(clock);
    }

    static Duration parseInterval(String text) {
        String value = text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            Duration duration = switch (value.charAt(value.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> throw new IllegalArgumentException();
            };
            if (duration.toSeconds() >= 1) {
                return duration;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw new IllegalArgumentException("--interval must be a number and s, m or h, at least 1s: " + text);
    }
}
