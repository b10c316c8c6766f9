package io.gatehouse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.Fixtures;
import io.gatehouse.support.Http.Response;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Settings that differ from the shared test context: a low per-address sign-in limit, sign-up turned off, a low
 * invitation sending limit, and low limits on reset requests per client address and account emails per recipient.
 * Tests that count requests per client address come through the trusted proxy on this host (X-Forwarded-For), each
 * from an address of its own.
 */
@TestPropertySource(properties = { "gatehouse.accounts.max-failures-per-address=3", "gatehouse.signup-enabled=false",
        "gatehouse.invitations.max-sends-per-hour=3", "gatehouse.accounts.max-requests-per-address=3",
        "gatehouse.accounts.max-mails-per-recipient=2" })
class ConfiguredLimitsIntegrationTests extends ApiIntegrationTest {

    @Test
    void rateLimitsFailedSignInsPerClientAddressAcrossAccounts() {
        for (int i = 0; i < 3; i++) {
            assertThat(login(Fixtures.uniqueEmail("spray"), "wrong-password").status()).isEqualTo(401);
        }
        Fixtures.Person innocent = fixtures.user(Fixtures.uniqueEmail("innocent"));

        Response limited = login(innocent.email(), Fixtures.PASSWORD);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.code()).isEqualTo("auth.rate_limited");
    }

    @Test
    void sendsAnAddressNoMoreAccountEmailsThanItsShareButAnswersTheSame() throws Exception {
        Fixtures.Person person = fixtures.user(Fixtures.uniqueEmail("flooded"));
        for (int i = 0; i < 3; i++) {
            Response reset = http.send("POST", "/api/v1/users/_reset_password", null, Map.of("email", person.email()),
                    "application/json", Map.of("X-Forwarded-For", "198.51.100." + (10 + i)));
            assertThat(reset.status()).as("the same answer every time").isEqualTo(202);
        }
        mailbox.awaitMessage(person.email(), 2);
        Thread.sleep(1000); // a third, if it were sent, would arrive within a few outbox polls
        assertThat(mailbox.messagesTo(person.email())).hasSize(2);
    }

    @Test
    void rateLimitsResetAndSignUpRequestsPerClientAddress() {
        Map<String, String> from = Map.of("X-Forwarded-For", "203.0.113.77");
        for (int i = 0; i < 3; i++) {
            assertThat(http.send("POST", "/api/v1/users/_reset_password", null,
                    Map.of("email", Fixtures.uniqueEmail("nobody")), "application/json", from).status()).isEqualTo(202);
        }

        Response limited = http.send("POST", "/api/v1/users/_reset_password", null,
                Map.of("email", Fixtures.uniqueEmail("nobody")), "application/json", from);
        Response signUp = http.send("POST", "/api/v1/users/_signup", null, Map.of("email", Fixtures.uniqueEmail("x"),
                "password", "a-long-enough-password", "name", "X"), "application/json", from);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.code()).isEqualTo("auth.rate_limited");
        assertThat(signUp.status()).isEqualTo(429);
        assertThat(http.send("POST", "/api/v1/users/_reset_password", null, Map.of("email", Fixtures.uniqueEmail("n")),
                "application/json", Map.of("X-Forwarded-For", "203.0.113.78")).status())
                .as("another client address is not limited").isEqualTo(202);
    }

    @Test
    void refusesSignUpWhenItIsTurnedOff() {
        Response signUp = http.post("/api/v1/users/_signup", null,
                Map.of("email", Fixtures.uniqueEmail("late"), "password", "a-long-enough-password", "name", "Late"));

        assertThat(signUp.status()).isEqualTo(403);
        assertThat(signUp.code()).isEqualTo("auth.signup_disabled");
    }

    @Test
    void limitsInvitationEmailsPerOrganizationAndHour() {
        Fixtures.Org org = fixtures.organization("Spammy");
        Map<String, Object> viewer = InvitationApiIntegrationTests.viewerOnAll(org);
        String path = InvitationApiIntegrationTests.invitations(org);
        Response two = http.post(path, org.owner().token(), Map.of("emails",
                java.util.List.of(Fixtures.uniqueEmail("one") + " " + Fixtures.uniqueEmail("two")), "role_assignments", viewer));
        assertThat(two.status()).isEqualTo(201);
        String id = two.body().path("invitations").path(0).path("id").asString();
        assertThat(http.post(path + "/" + id + "/_resend", org.owner().token(), null).status()).isEqualTo(201);

        Response over = http.post(path + "/" + id + "/_resend", org.owner().token(), null);
        assertThat(over.status()).isEqualTo(429);
        assertThat(over.code()).isEqualTo("organization.invitations_rate_limit_exceeded");
        assertThat(http.post(path, org.owner().token(), Map.of("emails", java.util.List.of(Fixtures.uniqueEmail("x")),
                "role_assignments", viewer)).code()).isEqualTo("organization.invitations_rate_limit_exceeded");
        assertThat(http.post(path, fixtures.organization("Other").owner().token(), Map.of()).status())
                .as("the limit is per organization").isEqualTo(404);

        clock.advance(java.time.Duration.ofMinutes(61));
        assertThat(http.post(path + "/" + id + "/_resend", fixtures.signedInAgain(org).owner().token(), null).status())
                .isEqualTo(201);
    }

    private Response login(String email, String password) {
        return http.post("/api/v1/users/auth/_login", null, Map.of("username", email, "password", password));
    }
}
