package io.gatehouse.console;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.apikey.ApiKey;
import io.gatehouse.apikey.ApiKeyService;
import io.gatehouse.shared.AuthenticatedUser;
import io.gatehouse.shared.GatehouseSettings;
import io.gatehouse.support.Browser;
import io.gatehouse.support.BrowserIntegrationTest;
import io.gatehouse.support.Fixtures;
import io.gatehouse.support.Fixtures.Org;
import io.gatehouse.support.Fixtures.Person;
import io.gatehouse.support.Http.Response;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §9: <b>API keys</b> in the console: created and shown once, working on the API, revoked. */
class ApiKeysBrowserIntegrationTests extends BrowserIntegrationTest {

    private static final String KEY = "[0-9a-f-]{36}\\.[A-Za-z0-9_-]+";

    @Autowired
    ApiKeyService keys;

    @Autowired
    GatehouseSettings settings;

    @Test
    void strangersAreSentToTheLoginPageAndBackAfterLoggingIn() {
        Person person = fixtures.user(Fixtures.uniqueEmail("stranger"));
        browser.open("/account/api-keys");
        assertThat(browser.path()).isEqualTo("/login");

        browser.field("Email").sendKeys(person.email());
        browser.field("Password").sendKeys(Fixtures.PASSWORD);
        browser.press("Log in");
        browser.heading("API keys");
        assertThat(browser.path()).isEqualTo("/account/api-keys?continue"); // Spring Security marks a resumed request
    }

    @Test
    void refusesAKeyWithoutDescriptionAndCreatesNothing() {
        Person person = fixtures.user(Fixtures.uniqueEmail("blank"));
        browser.logIn(person.email(), Fixtures.PASSWORD);
        browser.open("/account/api-keys");
        assertThat(browser.text()).contains("No API keys yet — Create API key");
        assertThat(browser.field("Expires in").getAttribute("value")).isEqualTo("90d");

        browser.field("Description").sendKeys("   ");
        browser.select("Expires in", "30 days");
        browser.press("Create API key");

        assertThat(browser.status()).isEqualTo(422);
        browser.heading("API keys");
        WebElement description = browser.field("Description");
        assertThat(description.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(description.getAttribute("aria-describedby")).contains("description-error");
        assertThat(browser.field("Expires in").getAttribute("aria-invalid")).isEqualTo("false");
        assertThat(browser.field("Expires in").getAttribute("value")).isEqualTo("30d");
        assertThat(description.findElement(By.xpath("../p[@id='description-error']")).getText())
                .isEqualTo("A key's description is 1 to 200 characters");
        assertThat(keysOf(person)).isZero();
    }

    @Test
    void refusesATooLongDescriptionAndAnUnknownExpirationAtTheirFields() {
        Person person = fixtures.user(Fixtures.uniqueEmail("long"));
        browser.logIn(person.email(), Fixtures.PASSWORD);
        String tooLong = "x".repeat(201);

        browser.open("/account");
        browser.postAnyway("/account/api-keys", Map.of("description", tooLong, "expiration", "90d"));
        assertThat(browser.status()).isEqualTo(422);
        assertThat(browser.field("Description").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.field("Description").getAttribute("value")).isEqualTo(tooLong);
        assertThat(browser.text()).contains("A key's description is 1 to 200 characters");

        browser.open("/account");
        browser.postAnyway("/account/api-keys", Map.of("description", "forever", "expiration", "1000d"));
        assertThat(browser.status()).isEqualTo(422);
        assertThat(browser.field("Description").getAttribute("aria-invalid")).isEqualTo("false");
        assertThat(browser.field("Description").getAttribute("value")).isEqualTo("forever");
        WebElement expiration = browser.field("Expires in");
        assertThat(expiration.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(expiration.findElement(By.xpath("../p[@id='expiration-error']")).getText()).isEqualTo(
                "expiration is a number of days or hours, like \"90d\" or \"12h\", at most \"365d\"");
        assertThat(keysOf(person)).isZero();
    }

    @Test
    void createsAKeyShownOnceThatWorksOnTheApiUntilRevoked() {
        Org org = fixtures.organization("Scripted");
        Person member = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));
        browser.logIn(member.email(), Fixtures.PASSWORD);

        browser.link("API keys").click();
        browser.heading("API keys");
        browser.field("Description").sendKeys("nightly backup");
        browser.select("Expires in", "30 days");
        browser.press("Create API key");

        browser.heading("API key created");
        assertThat(browser.status()).isEqualTo(200);
        String key = browser.field("API key").getAttribute("value");
        assertThat(key).matches(KEY);
        assertThat(browser.field("API key").getAttribute("readonly")).isEqualTo("true");
        assertThat(browser.field("Example request").getAttribute("value"))
                .isEqualTo("curl -H \"Authorization: ApiKey " + key + "\" " + settings.link("/api/v1/user"));
        assertThat(browser.text()).contains("This key is shown only this once.");
        browser.screenshot("api-keys");
        ApiKey stored = keys.of(member.id()).get(0);
        assertThat(Duration.between(stored.createdAt(), stored.expiresAt())).isEqualTo(Duration.ofDays(30));

        Response me = http.get("/api/v1/user", "ApiKey " + key);
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.body().path("email").asString()).isEqualTo(member.email());

        // Reloading the page of the new key opens the keys page: the form is not sent again.
        assertThat(browser.path()).isEqualTo("/account/api-keys");
        browser.reload();
        browser.heading("API keys");
        assertThat(keysOf(member)).isEqualTo(1);
        assertThat(browser.column("api-keys", 1)).containsExactly("nightly backup");
        assertThat(browser.column("api-keys", 3)).singleElement(InstanceOfAssertFactories.STRING).startsWith("in 30 days");
        assertThat(browser.column("api-keys", 4)).singleElement(InstanceOfAssertFactories.STRING).startsWith("just now");
        assertThat(browser.html()).doesNotContain(key).doesNotContain(key.substring(key.indexOf('.') + 1));

        String question = browser.pressAndConfirm(
                Browser.control(browser.row("api-keys", "nightly backup"), "Revoke"));
        assertThat(question).isEqualTo("Revoke the key “nightly backup”? Scripts using it stop working at once.");
        assertThat(browser.path()).isEqualTo("/account/api-keys");
        assertThat(browser.text()).contains("Revoked the key “nightly backup”.").contains("No API keys yet");
        assertThat(keysOf(member)).isZero();
        assertThat(http.get("/api/v1/user", "ApiKey " + key).status()).isEqualTo(401);
    }

    @Test
    void anotherUsersKeyCannotBeRevokedThroughTheForm() {
        Org org = fixtures.organization("Neighbours");
        Person member = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));
        Person other = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));
        UUID theirs = keys.create(new AuthenticatedUser(other.id(), other.email()), "theirs", null).apiKey().id();
        browser.logIn(member.email(), Fixtures.PASSWORD);
        browser.open("/account/api-keys");

        browser.postAnyway("/account/api-keys/" + theirs + "/revoke", Map.of());
        assertThat(browser.status()).isEqualTo(404);
        browser.heading("Not found");
        assertThat(keys.of(other.id())).extracting(ApiKey::id).containsExactly(theirs);

        browser.open("/account/api-keys");
        browser.postAnyway("/account/api-keys/not-a-key/revoke", Map.of());
        assertThat(browser.status()).isEqualTo(404);
        browser.heading("Not found");
    }

    private long keysOf(Person person) {
        return jdbc.sql("SELECT count(*) FROM api_keys WHERE user_id = ?").param(person.id().value())
                .query(Long.class).single();
    }
}
