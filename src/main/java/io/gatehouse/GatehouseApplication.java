package io.gatehouse;

import java.time.Clock;
import java.time.ZoneOffset;

import io.gatehouse.cli.GatehouseCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GatehouseApplication {

    /**
     * All time comes from here, so that tests can shift it (expiry at exactly 72 h). Milliseconds: what the API
     * shows is then exactly what the database keeps.
     */
    @Bean
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }

    /** Argon2id, memory-hard (SPEC §6). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("agent")) { // the agent mode: no web server, no database
            System.exit(io.gatehouse.agent.AgentCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (GatehouseCli.handles(args)) { // the command-line client: talks to a server over HTTP
            System.exit(GatehouseCli.run(args));
        }
        SpringApplication.run(GatehouseApplication.class, args);
    }
}
