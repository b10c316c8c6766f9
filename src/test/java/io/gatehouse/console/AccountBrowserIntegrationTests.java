package io.gatehouse.console;

import java.util.Map;

import io.gatehouse.support.BrowserIntegrationTest;
import io.gatehouse.support.Fixtures;
import io.gatehouse.support.Fixtures.Org;
import io.gatehouse.support.Mailbox;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What happens to console sessions when the account changes underneath them. */
class AccountBrowserIntegrationTests extends BrowserIntegrationTest {

    @Test
    void aPasswordResetEndsTheUsersConsoleSessions() {
        Org org = fixtures.organization("Reset");
        browser.logIn(org.owner().email(), Fixtures.PASSWORD);
        browser.heading("Connected clusters");

        assertThat(http.post("/api/v1/users/_reset_password", null, Map.of("email", org.owner().email())).status())
                .isEqualTo(202);
        String token = Mailbox.extract(mailbox.awaitMessage(org.owner().email(), 1),
                "/reset-password\\?token=([A-Za-z0-9._-]+)");
        assertThat(http.post("/api/v1/users/_set_password", null,
                Map.of("token", token, "password", "a-brand-new-password")).status()).isEqualTo(200);

        browser.open("/account");
        assertThat(browser.path()).as("signed out by the reset").startsWith("/login");
        browser.field("Email").sendKeys(org.owner().email());
        browser.field("Password").sendKeys("a-brand-new-password");
        browser.press("Log in");
        browser.heading("Account");
    }
}
