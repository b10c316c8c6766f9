package io.gatehouse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.Fixtures;
import io.gatehouse.support.Http.Response;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Settings that differ from the shared test context: a low per-address limit and sign-up turned off. */
@TestPropertySource(properties = { "gatehouse.accounts.max-failures-per-address=3", "gatehouse.signup-enabled=false" })
class SignInLimitsIntegrationTests extends ApiIntegrationTest {

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
    void refusesSignUpWhenItIsTurnedOff() {
        Response signUp = http.post("/api/v1/users/_signup", null,
                Map.of("email", Fixtures.uniqueEmail("late"), "password", "a-long-enough-password", "name", "Late"));

        assertThat(signUp.status()).isEqualTo(403);
        assertThat(signUp.code()).isEqualTo("auth.signup_disabled");
    }

    private Response login(String email, String password) {
        return http.post("/api/v1/users/auth/_login", null, Map.of("username", email, "password", password));
    }
}
