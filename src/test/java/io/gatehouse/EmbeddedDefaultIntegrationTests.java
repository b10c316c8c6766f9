package io.gatehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.gatehouse.support.Eventually;
import io.gatehouse.support.Http;
import io.gatehouse.support.Http.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded default (H2 file database, no SMTP): starts with no set-up, creates the bootstrap owner once, keeps
 * mail in the outbox and the log, and finds everything again after a restart.
 */
class EmbeddedDefaultIntegrationTests {

    @Test
    void startsOnTheEmbeddedDatabaseAndBootstrapsTheOwnerAndClustersOnce() throws Exception {
        Path data = Files.createTempDirectory("gatehouse-h2");
        String[] args = { "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("gatehouse")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--gatehouse.bootstrap.organization=Acme", "--gatehouse.bootstrap.owner-email=Owner@Example.com",
                "--gatehouse.bootstrap.owner-password=bootstrap-password", "--gatehouse.bootstrap.clusters=eu, us" };

        String organizationId;
        try (ConfigurableApplicationContext app = start(args)) {
            Http http = new Http(port(app));
            String token = login(http);
            Response me = http.get("/api/v1/user", token);
            assertThat(me.body().path("email").asString()).isEqualTo("owner@example.com");
            organizationId = me.body().path("organization_id").asString();
            assertThat(http.get("/api/v1/organizations/" + organizationId, token).body().path("name").asString())
                    .isEqualTo("Acme");
            assertThat(http.get("/api/v1/cloud-connected/clusters", token).body().path("clusters"))
                    .extracting(c -> c.path("name").asString() + " " + c.path("status").asString())
                    .containsExactlyInAnyOrder("eu pending", "us pending");
            assertThat(http.post("/api/v1/cloud-connected/clusters", token, Map.of("name", "prod", "kind", "eck"))
                    .status()).isEqualTo(201);

            http.post("/api/v1/users/_signup", null,
                    Map.of("email", "new@example.com", "password", "a-long-enough-password", "name", "New"));
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Eventually.until("the verification mail is logged", Duration.ofSeconds(10),
                    () -> "logged".equals(jdbc.sql("SELECT status FROM mail_outbox WHERE recipient = 'new@example.com'")
                            .query(String.class).optional().orElse(null)));
            assertThat(http.get("/actuator/health", null).body().path("status").asString()).isEqualTo("UP");
        }

        try (ConfigurableApplicationContext restarted = start(args)) {
            Http http = new Http(port(restarted));
            String token = login(http);
            assertThat(http.get("/api/v1/user", token).body().path("organization_id").asString()).isEqualTo(organizationId);
            assertThat(http.get("/api/v1/cloud-connected/clusters", token).body().path("clusters")).hasSize(3);
            JdbcClient jdbc = restarted.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM organizations").query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE verified").query(Long.class).single()).isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(String[] args) {
        return new SpringApplicationBuilder(GatehouseApplication.class).run(args);
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private static String login(Http http) {
        Response login = http.post("/api/v1/users/auth/_login", null,
                Map.of("username", "owner@example.com", "password", "bootstrap-password"));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.body().path("token").asString();
    }
}
