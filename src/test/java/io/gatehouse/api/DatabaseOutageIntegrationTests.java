package io.gatehouse.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import io.gatehouse.support.Eventually;
import io.gatehouse.support.Http;
import io.gatehouse.support.Http.Response;
import io.gatehouse.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §8: while the database is away, requests fail fast with {@code 503 service.unavailable} (not a hang, not a
 * 401 or 500), and the service recovers by itself when the database comes back. The outage is real: the test
 * database stops accepting connections and the pool's connections are terminated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseOutageIntegrationTests {

    private static final String EMAIL = "outage-owner@example.com";
    private static final String PASSWORD = "outage-password-123";
    private static final String URL = TestDatabase.url("outage");
    private static final String NAME = URL.substring(URL.lastIndexOf('/') + 1);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.hikari.connection-timeout", () -> "1000");
        registry.add("gatehouse.bootstrap.organization", () -> "Outage");
        registry.add("gatehouse.bootstrap.owner-email", () -> EMAIL);
        registry.add("gatehouse.bootstrap.owner-password", () -> PASSWORD);
    }

    @AfterEach
    void databaseBack() throws SQLException {
        admin("ALTER DATABASE " + NAME + " ALLOW_CONNECTIONS true");
    }

    @Test
    void answers503FastWhileTheDatabaseIsAwayAndRecoversByItself() throws Exception {
        Http http = new Http(port);
        String token = http.post("/api/v1/users/auth/_login", null, Map.of("username", EMAIL, "password", PASSWORD))
                .body().path("token").asString();
        assertThat(http.get("/api/v1/cloud-connected/clusters", token).status()).isEqualTo(200);

        admin("ALTER DATABASE " + NAME + " ALLOW_CONNECTIONS false");
        admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + NAME + "'");

        long started = System.nanoTime();
        Response read = http.get("/api/v1/cloud-connected/clusters", token);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(read.status()).as(read.toString()).isEqualTo(503);
        assertThat(read.code()).isEqualTo("service.unavailable");
        assertThat(read.header("x-cloud-error-codes")).isEqualTo("service.unavailable");
        assertThat(took).as("fails fast: one pool timeout, not a hang").isLessThan(Duration.ofSeconds(10));
        Response login = http.post("/api/v1/users/auth/_login", null, Map.of("username", EMAIL, "password", PASSWORD));
        assertThat(login.status()).as("a sign-in is not refused as bad credentials").isEqualTo(503);

        admin("ALTER DATABASE " + NAME + " ALLOW_CONNECTIONS true");
        Eventually.until("the API answers again", Duration.ofSeconds(15),
                () -> http.get("/api/v1/cloud-connected/clusters", token).status() == 200);
        assertThat(http.post("/api/v1/users/auth/_login", null, Map.of("username", EMAIL, "password", PASSWORD))
                .status()).isEqualTo(200);
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
                "postgres", ""); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
