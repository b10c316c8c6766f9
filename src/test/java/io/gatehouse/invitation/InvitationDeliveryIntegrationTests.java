package io.gatehouse.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.gatehouse.GatehouseApplication;
import io.gatehouse.support.Eventually;
import io.gatehouse.support.Http;
import io.gatehouse.support.Http.Response;
import io.gatehouse.support.Mailbox;
import io.gatehouse.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Invitations while the SMTP server refuses: created all the same, their delivery state says so, and they are
 * delivered once it is back, once each, even across a restart of Gatehouse in between.
 */
class InvitationDeliveryIntegrationTests {

    @Test
    void invitationsSurviveAnSmtpOutageAndARestartAndAreDeliveredOnce() throws Exception {
        int smtpPort = freePort();
        String owner = "delivery-owner-" + System.nanoTime() + "@example.com";
        String[] args = { "--server.port=0", "--spring.datasource.url=" + TestDatabase.url("invitation_delivery"),
                "--spring.datasource.username=postgres", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort, "--spring.mail.properties.mail.smtp.connectiontimeout=1000",
                "--gatehouse.mail.poll-interval=100ms", "--gatehouse.mail.retry-base=100ms",
                "--gatehouse.mail.retry-max=300ms", "--gatehouse.bootstrap.organization=Outage Inc",
                "--gatehouse.bootstrap.owner-email=" + owner, "--gatehouse.bootstrap.owner-password=outage-password" };
        String a = "outage-a-" + System.nanoTime() + "@example.com";
        String b = "outage-b-" + System.nanoTime() + "@example.com";
        String org;

        try (ConfigurableApplicationContext first = new SpringApplicationBuilder(GatehouseApplication.class).run(args)) {
            Http http = new Http(((WebServerApplicationContext) first).getWebServer().getPort());
            String token = login(http, owner);
            org = http.get("/api/v1/user", token).body().path("organization_id").asString();
            Response invited = http.post("/api/v1/organizations/" + org + "/invitations", token, Map.of("emails",
                    List.of(a + " " + b), "role_assignments", Map.of("cloud_connected_resource", List.of(Map.of(
                            "role_id", "cloud-connected-viewer", "organization_id", org, "all", true)))));
            assertThat(invited.status()).isEqualTo(201);
            Eventually.until("a failed attempt is visible to owners", Duration.ofSeconds(10), () -> {
                JsonNode delivery = http.get("/api/v1/organizations/" + org + "/invitations", token).body()
                        .path("invitations").path(0).path("delivery");
                return delivery.path("status").asString().equals("queued") && delivery.path("attempts").asInt() >= 1
                        && delivery.path("last_error").asString().contains("Connection refused");
            });
        }

        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(GatehouseApplication.class)
                .run(args)) {
            Mailbox mailbox = new Mailbox(smtp);
            mailbox.awaitMessage(a, 1);
            mailbox.awaitMessage(b, 1);
            Http http = new Http(((WebServerApplicationContext) restarted).getWebServer().getPort());
            String token = login(http, owner);
            Eventually.until("owners see both sent", Duration.ofSeconds(10), () -> {
                JsonNode list = http.get("/api/v1/organizations/" + org + "/invitations", token).body().path("invitations");
                return list.size() == 2 && list.path(0).path("delivery").path("status").asString().equals("sent")
                        && list.path(1).path("delivery").path("status").asString().equals("sent");
            });
            Thread.sleep(500);
            assertThat(mailbox.messagesTo(a)).hasSize(1);
            assertThat(mailbox.messagesTo(b)).hasSize(1);
        } finally {
            smtp.stop();
        }
    }

    private static String login(Http http, String owner) {
        Response login = http.post("/api/v1/users/auth/_login", null,
                Map.of("username", owner, "password", "outage-password"));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.body().path("token").asString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
