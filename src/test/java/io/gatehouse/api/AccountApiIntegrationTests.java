package io.gatehouse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.Fixtures;
import io.gatehouse.support.Http.Response;
import io.gatehouse.support.Mailbox;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

class AccountApiIntegrationTests extends ApiIntegrationTest {

    private static final String TOKEN_IN_LINK = "token=([A-Za-z0-9._-]+)";

    /** Syntax rules tightened later must not lock out an address an earlier rule took and stored. */
    @Test
    void anAccountStoredUnderAnEarlierAddressRuleStillSignsInAndReadsItself() {
        String legacy = "taro" + System.nanoTime() + ".@docomo.example.com";
        fixtures.user(legacy);

        Response login = login(legacy.toUpperCase(java.util.Locale.ROOT), Fixtures.PASSWORD);

        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        Response me = http.get("/api/v1/user", login.body().path("token").asString());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("email").asString()).isEqualTo(legacy);
        assertThat(http.post("/api/v1/users/_signup", null, Map.of("email", legacy, "password",
                "a-long-enough-password", "name", "Taro")).code()).as("not taken as a new address")
                .isEqualTo("auth.invalid_email");
    }

    @Test
    void signsUpVerifiesSignsInAndResetsPassword() {
        String email = Fixtures.uniqueEmail("ada");
        Response signUp = signUp(email.toUpperCase(), "first-long-password", "Analytical Engines");
        assertThat(signUp.status()).isEqualTo(201);
        assertThat(signUp.body().path("email").asString()).isEqualTo(email);
        assertThat(signUp.body().path("verified").asBoolean()).isFalse();
        assertThat(login(email, "first-long-password").status()).as("unverified").isEqualTo(401);

        MimeMessage verification = mailbox.awaitMessage(email, 1);
        assertThat(Mailbox.subject(verification)).isEqualTo("Verify your email address for Gatehouse");
        assertThat(Mailbox.part(verification, "text/html")).contains("/verify?token=");
        String verifyToken = Mailbox.extract(verification, "/verify\\?" + TOKEN_IN_LINK);
        assertThat(http.post("/api/v1/users/_verify", null, Map.of("token", verifyToken)).status()).isEqualTo(200);

        Response login = login(email, "first-long-password");
        assertThat(login.status()).isEqualTo(200);
        String bearer = login.body().path("token").asString();
        Response me = http.get("/api/v1/user", bearer);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("email").asString()).isEqualTo(email);
        String org = me.body().path("organization_id").asString();
        assertThat(me.body().path("role_assignments").path("organization").path(0).path("role_id").asString())
                .isEqualTo("organization-admin");
        assertThat(http.get("/api/v1/organizations/" + org, bearer).body().path("name").asString())
                .isEqualTo("Analytical Engines");

        assertThat(http.post("/api/v1/users/_reset_password", null, Map.of("email", email)).status()).isEqualTo(202);
        MimeMessage reset = mailbox.awaitMessage(email, 2);
        String resetToken = Mailbox.extract(reset, "/reset-password\\?" + TOKEN_IN_LINK);
        assertThat(http.post("/api/v1/users/_set_password", null,
                Map.of("token", resetToken, "password", "second-long-password")).status()).isEqualTo(200);

        assertThat(http.get("/api/v1/user", bearer).status()).as("signed out everywhere").isEqualTo(401);
        assertThat(login(email, "first-long-password").status()).isEqualTo(401);
        assertThat(login(email, "second-long-password").status()).isEqualTo(200);
        assertThat(http.post("/api/v1/users/_set_password", null,
                Map.of("token", resetToken, "password", "third-long-password")).code()).isEqualTo("auth.invalid_token");
    }

    @Test
    void rejectsAVerificationLinkUsedTwice() {
        String email = Fixtures.uniqueEmail("twice");
        signUp(email, "a-long-enough-password", null);
        String token = Mailbox.extract(mailbox.awaitMessage(email, 1), TOKEN_IN_LINK);

        assertThat(http.post("/api/v1/users/_verify", null, Map.of("token", token)).status()).isEqualTo(200);
        Response again = http.post("/api/v1/users/_verify", null, Map.of("token", token));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.code()).isEqualTo("auth.invalid_token");
    }

    @Test
    void rejectsAVerificationLinkAfterExpiry() {
        String email = Fixtures.uniqueEmail("late");
        signUp(email, "a-long-enough-password", null);
        String token = Mailbox.extract(mailbox.awaitMessage(email, 1), TOKEN_IN_LINK);

        clock.advance(Duration.ofHours(24));
        Response late = http.post("/api/v1/users/_verify", null, Map.of("token", token));
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.code()).isEqualTo("auth.invalid_token");
    }

    @Test
    void rejectsTamperedAndMalformedTokens() {
        String email = Fixtures.uniqueEmail("tamper");
        signUp(email, "a-long-enough-password", null);
        String token = Mailbox.extract(mailbox.awaitMessage(email, 1), TOKEN_IN_LINK);

        assertThat(http.post("/api/v1/users/_verify", null, Map.of("token", token + "x")).code())
                .isEqualTo("auth.invalid_token");
        assertThat(http.post("/api/v1/users/_verify", null, Map.of("token", "nonsense")).code())
                .isEqualTo("auth.invalid_token");
        assertThat(http.post("/api/v1/users/_verify", null, Map.of()).code()).isEqualTo("auth.invalid_token");
    }

    @Test
    void signUpAnswersTheSameWhenTheAddressHasAnAccount() {
        Fixtures.Person existing = fixtures.user(Fixtures.uniqueEmail("taken"));

        Response signUp = signUp(existing.email(), "another-long-password", null);

        assertThat(signUp.status()).isEqualTo(201);
        assertThat(signUp.body().path("verified").asBoolean()).isFalse();
        assertThat(signUp.body().path("user_id").asString()).isNotEqualTo(existing.id().toString());
        assertThat(Mailbox.subject(mailbox.awaitMessage(existing.email(), 1)))
                .isEqualTo("You already have a Gatehouse account");
        assertThat(login(existing.email(), "another-long-password").status()).isEqualTo(401);
        assertThat(login(existing.email(), Fixtures.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void signUpAnswersRepeatedCallsAlikeWhetherOrNotTheAddressHasAnAccount() {
        String taken = fixtures.user(Fixtures.uniqueEmail("known")).email();
        String fresh = Fixtures.uniqueEmail("unknown");

        Response takenFirst = signUp(taken, "another-long-password", null);
        Response takenSecond = signUp(taken, "another-long-password", null);
        Response freshFirst = signUp(fresh, "another-long-password", null);
        Response freshSecond = signUp(fresh, "another-long-password", null);

        for (Response answer : List.of(takenFirst, takenSecond, freshFirst, freshSecond)) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            assertThat(answer.body().propertyNames()).containsExactlyInAnyOrder("user_id", "email", "verified");
            assertThat(answer.body().path("verified").asBoolean()).isFalse();
        }
        assertThat(takenSecond.body().path("user_id").asString()).as("the same id on a repeated call, account or not")
                .isEqualTo(takenFirst.body().path("user_id").asString());
        assertThat(freshSecond.body().path("user_id").asString())
                .isEqualTo(freshFirst.body().path("user_id").asString());
        assertThat(takenFirst.body().path("email").asString()).isEqualTo(taken);
        assertThat(freshFirst.body().path("email").asString()).isEqualTo(fresh);
    }

    @Test
    void refusesAnOrganizationNameOverTheOrganizationsLimitAndStoresNothing() {
        for (String tooLong : List.of("o".repeat(201), "o".repeat(100_000))) {
            String email = Fixtures.uniqueEmail("longorg");

            Response refused = signUp(email, "a-long-enough-password", tooLong);

            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("organization.invalid_name");
            assertThat(refused.body().path("errors").path(0).path("fields").path(0).asString())
                    .isEqualTo("organization_name");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE email = ?").param(email).query(Long.class).single())
                    .isZero();
        }
        assertThat(signUp(Fixtures.uniqueEmail("orgok"), "a-long-enough-password", " " + "o".repeat(200) + " ").status())
                .as("200 characters once trimmed").isEqualTo(201);
    }

    @Test
    void shortensTheDefaultOrganizationNameOfALongNameSoTheAccountCanBeVerified() {
        String email = Fixtures.uniqueEmail("longname");
        String name = "N".repeat(200);
        Response signUp = http.post("/api/v1/users/_signup", null,
                Map.of("email", email, "password", "a-long-enough-password", "name", name));
        assertThat(signUp.status()).as(signUp.toString()).isEqualTo(201);

        String token = Mailbox.extract(mailbox.awaitMessage(email, 1), TOKEN_IN_LINK);
        assertThat(http.post("/api/v1/users/_verify", null, Map.of("token", token)).status()).isEqualTo(200);

        String bearer = login(email, "a-long-enough-password").body().path("token").asString();
        String org = http.get("/api/v1/user", bearer).body().path("organization_id").asString();
        String organizationName = http.get("/api/v1/organizations/" + org, bearer).body().path("name").asString();
        assertThat(organizationName).hasSize(200).startsWith("NNNN").endsWith("…'s organization");
    }

    @Test
    void resetAnswersTheSameForAnUnknownAddress() {
        String unknown = Fixtures.uniqueEmail("nobody");

        assertThat(http.post("/api/v1/users/_reset_password", null, Map.of("email", unknown)).status()).isEqualTo(202);
        assertThat(http.post("/api/v1/users/_reset_password", null, Map.of("email", "not an address")).status())
                .isEqualTo(202);
        assertThat(mailbox.messagesTo(unknown)).isEmpty();
    }

    @Test
    void anUnverifiedPreRegistrationNeverCapturesTheAddress() {
        String victim = Fixtures.uniqueEmail("victim");
        signUp(victim, "attackers-password", "Attacker Inc");
        mailbox.awaitMessage(victim, 1); // the attacker cannot read this one

        signUp(victim, "the-real-owners-password", "Real Inc");
        String token = Mailbox.extract(mailbox.awaitMessage(victim, 2), TOKEN_IN_LINK);
        String firstLink = Mailbox.extract(mailbox.awaitMessage(victim, 1), TOKEN_IN_LINK);
        assertThat(http.post("/api/v1/users/_verify", null, Map.of("token", firstLink)).code())
                .as("only the newest link works").isEqualTo("auth.invalid_token");
        assertThat(http.post("/api/v1/users/_verify", null, Map.of("token", token)).status()).isEqualTo(200);

        assertThat(login(victim, "attackers-password").status()).isEqualTo(401);
        Response login = login(victim, "the-real-owners-password");
        assertThat(login.status()).isEqualTo(200);
        String org = http.get("/api/v1/user", login.body().path("token").asString()).body().path("organization_id")
                .asString();
        assertThat(http.get("/api/v1/organizations/" + org, login.body().path("token").asString()).body().path("name")
                .asString()).isEqualTo("Real Inc");
    }

    @Test
    void refusesWeakPasswordsAndMalformedAddresses() {
        Response shortPassword = signUp(Fixtures.uniqueEmail("weak"), "short", null);
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.code()).isEqualTo("auth.weak_password");
        assertThat(shortPassword.body().path("errors").path(0).path("fields").path(0).asString()).isEqualTo("password");

        assertThat(signUp(Fixtures.uniqueEmail("common"), "password1234", null).code()).isEqualTo("auth.weak_password");
        Response badEmail = signUp("not-an-address", "a-long-enough-password", null);
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.code()).isEqualTo("auth.invalid_email");
        assertThat(badEmail.header("x-cloud-error-codes")).isEqualTo("auth.invalid_email");
    }

    @Test
    void rateLimitsFailedSignInsPerAccount() {
        Fixtures.Person person = fixtures.user(Fixtures.uniqueEmail("guessed"));
        for (int i = 0; i < 5; i++) {
            assertThat(login(person.email(), "wrong-password-" + i).code()).isEqualTo("auth.invalid_credentials");
        }

        Response limited = login(person.email(), Fixtures.PASSWORD);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.code()).isEqualTo("auth.rate_limited");

        clock.advance(Duration.ofMinutes(15));
        assertThat(login(person.email(), Fixtures.PASSWORD).status()).as("after the window").isEqualTo(200);
    }

    @Test
    void refusesUnknownAccountsAsWrongPasswords() {
        Response unknown = login(Fixtures.uniqueEmail("ghost"), "whatever-password");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.code()).isEqualTo("auth.invalid_credentials");
    }

    @Test
    void bearerTokensExpireAfter24Hours() {
        Fixtures.Person person = fixtures.user(Fixtures.uniqueEmail("expiring"));
        assertThat(http.get("/api/v1/user", person.token()).status()).isEqualTo(200);

        clock.advance(Duration.ofHours(24));
        Response expired = http.get("/api/v1/user", person.token());
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.code()).isEqualTo("auth.invalid_credentials");
    }

    @Test
    void refusesMissingAndForgedCredentials() {
        Response anonymous = http.get("/api/v1/user", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("auth.unauthenticated");
        assertThat(http.get("/api/v1/user", "forged.token").status()).isEqualTo(401);
        assertThat(http.send("GET", "/api/v1/user", "ApiKey nope", null).status()).isEqualTo(401);
    }

    private Response signUp(String email, String password, String organizationName) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("email", email, "password", password, "name", "Ada"));
        if (organizationName != null) {
            body.put("organization_name", organizationName);
        }
        return http.post("/api/v1/users/_signup", null, body);
    }

    private Response login(String email, String password) {
        return http.post("/api/v1/users/auth/_login", null, Map.of("username", email, "password", password));
    }
}
