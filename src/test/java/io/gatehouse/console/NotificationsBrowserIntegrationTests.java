package io.gatehouse.console;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.cluster.ClusterService;
import io.gatehouse.monitoring.EventType;
import io.gatehouse.monitoring.Severity;
import io.gatehouse.notification.Connector;
import io.gatehouse.notification.NotificationFilter;
import io.gatehouse.notification.NotificationPreferences;
import io.gatehouse.notification.NotificationPreferencesService;
import io.gatehouse.notification.PreferencesRequest;
import io.gatehouse.notification.PreferencesRequest.ConnectorInput;
import io.gatehouse.notification.PreferencesRequest.FilterInput;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.shared.OrganizationId;
import io.gatehouse.support.Browser;
import io.gatehouse.support.BrowserIntegrationTest;
import io.gatehouse.support.Fixtures;
import io.gatehouse.support.Fixtures.Org;
import io.gatehouse.support.Fixtures.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Notification preferences in the console: owners and admins on all clusters change them, every admin reads them. */
class NotificationsBrowserIntegrationTests extends BrowserIntegrationTest {

    private static final String PAGE = "/organization/notifications";

    @Autowired
    NotificationPreferencesService preferences;

    @Autowired
    ClusterService clusters;

    @Test
    void refusesAMalformedRecipientAndStoresNothing() {
        Org org = fixtures.organization("Typos");
        browser.logIn(org.owner().email(), Fixtures.PASSWORD);
        browser.open(PAGE);

        browser.field("Name").sendKeys("on-call");
        browser.field("Recipients").sendKeys("ops@example.com not-an-address");
        browser.press("Add connector");

        browser.heading("Notification preferences");
        WebElement recipients = browser.field("Recipients");
        assertThat(recipients.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(fieldBox(recipients).getText()).contains("\"not-an-address\" is not a valid email address");
        assertThat(browser.field("Webhook URL").getAttribute("aria-invalid")).isEqualTo("false");
        assertThat(browser.field("Name").getAttribute("value")).isEqualTo("on-call");
        assertThat(recipients.getAttribute("value")).isEqualTo("ops@example.com not-an-address");
        assertThat(connectorsInDatabase(org.id())).isZero();
    }

    @Test
    void ownerAddsAnEmailConnectorWithAFilterAndRemovesIt() {
        Org org = fixtures.organization("Pagers");
        ClusterId eu = fixtures.cluster(org, "prod-eu");
        fixtures.cluster(org, "prod-us");
        browser.logIn(org.owner().email(), Fixtures.PASSWORD);
        browser.open("/organization/members");
        browser.link("Notification preferences").click();
        browser.heading("Notification preferences");
        assertThat(browser.text()).contains("No connectors yet — Add connector").contains("Nothing sent yet.");

        browser.field("Name").sendKeys("on-call");
        browser.select("Type", "Email");
        browser.field("Recipients").sendKeys("ops@example.com, Lead@Example.com\nsre@example.com");
        browser.select("Clusters", "prod-eu");
        browser.field("High JVM heap").click();
        browser.field("Disk above the high watermark").click();
        browser.select("Minimum severity", "High");
        browser.field("Delay in minutes").clear();
        browser.field("Delay in minutes").sendKeys("5");
        browser.press("Add connector");

        assertThat(browser.path()).isEqualTo(PAGE);
        assertThat(browser.text()).contains("Added the connector on-call.");
        WebElement row = browser.row("connectors", "on-call");
        assertThat(row.getText()).contains("Email").contains("ops@example.com, lead@example.com, sre@example.com")
                .contains("High JVM heap, Disk above the high watermark on prod-eu, at least high, after 5 minutes");
        NotificationPreferences stored = preferences.get(org.id());
        assertThat(stored.connectors()).singleElement()
                .satisfies(c -> assertThat(c.recipients()).containsExactly("ops@example.com", "lead@example.com",
                        "sre@example.com"));
        assertThat(stored.filters()).containsExactly(new NotificationFilter(stored.connectors().get(0).id(),
                List.of(eu), List.of(EventType.HIGH_HEAP, EventType.DISK_WATERMARK_HIGH), Severity.HIGH, 5));

        String question = browser.pressAndConfirm(Browser.control(row, "Remove"));
        assertThat(question).isEqualTo("Remove the connector on-call? It stops getting notifications at once.");
        assertThat(browser.text()).contains("Removed the connector on-call.").contains("No connectors yet");
        assertThat(preferences.get(org.id()).connectors()).isEmpty();
        assertThat(preferences.get(org.id()).filters()).isEmpty();

        browser.postAnyway(PAGE + "/connectors/" + stored.connectors().get(0).id() + "/remove", Map.of());
        browser.heading("Not found");
    }

    @Test
    void addingAWebhookShowsItsSigningSecretOnce() {
        Org org = fixtures.organization("Hooks");
        browser.logIn(org.owner().email(), Fixtures.PASSWORD);
        browser.open(PAGE);

        browser.field("Name").sendKeys("pager");
        browser.select("Type", "Webhook");
        browser.field("Webhook URL").sendKeys("https://hooks.example.com/gatehouse");
        browser.press("Add connector");

        browser.heading("Webhook connector added");
        WebElement field = browser.field("Signing secret");
        String secret = field.getAttribute("value");
        assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(30);
        assertThat(field.getAttribute("readonly")).isNotNull();
        assertThat(browser.text()).contains("X-Gatehouse-Signature: sha256=hex(HMAC-SHA256(secret, body))");
        assertThat(browser.row("connectors", "pager").getText()).contains("Webhook")
                .contains("https://hooks.example.com/gatehouse").contains("Every event on all clusters");
        assertThat(storedSecret(org.id(), "pager")).isEqualTo(secret);

        // Reloading shows the page without the secret and does not add the connector again.
        assertThat(browser.path()).isEqualTo(PAGE);
        browser.reload();
        assertThat(browser.column("connectors", 1)).containsExactly("pager");
        assertThat(browser.text()).doesNotContain(secret).doesNotContain("Webhook connector added");
        assertThatThrownBy(() -> browser.field("Signing secret")).isInstanceOf(NoSuchElementException.class);

        browser.field("Name").sendKeys("ops");
        browser.field("Recipients").sendKeys("ops@example.com");
        browser.press("Add connector");
        assertThat(browser.text()).contains("Added the connector ops.");
        assertThat(browser.column("connectors", 1)).containsExactly("pager", "ops");
        assertThat(storedSecret(org.id(), "pager")).isEqualTo(secret);
        browser.screenshot("notifications");
    }

    @Test
    void adminOnSelectedClustersReadsButCannotChange() {
        Org org = fixtures.organization("Readers");
        ClusterId eu = fixtures.cluster(org, "prod-eu");
        ClusterId us = fixtures.cluster(org, "prod-us");
        UUID connector = UUID.randomUUID();
        preferences.replace(org.id(), new PreferencesRequest(
                List.of(new ConnectorInput(connector.toString(), "email", "on-call", List.of("ops@example.com"), null),
                        new ConnectorInput(null, "webhook", "chat", null,
                                "https://hooks.example.com/services/T000/B000/SECRET")),
                List.of(new FilterInput(connector.toString(), List.of(us.toString()), null, "medium", 0))));
        fixtures.failedDelivery(org.id(), eu, connector);
        fixtures.failedDelivery(org.id(), us, connector);
        Person admin = fixtures.member(org, RoleAssignment.onClusters(Role.CLUSTER_ADMIN, List.of(eu)));
        browser.logIn(admin.email(), Fixtures.PASSWORD);

        browser.link("Notification preferences").click();
        browser.heading("Notification preferences");
        assertThat(browser.row("connectors", "on-call").getText()).contains("ops@example.com")
                .contains("Every event on 1 cluster, at least medium");
        assertThat(browser.text()).doesNotContain("prod-us");
        assertThat(browser.row("deliveries", "on-call").getText()).contains("opened").contains("failed")
                .contains("Connection refused");
        assertThat(browser.column("deliveries", 1)).as("prod-us's delivery is not theirs to see").hasSize(1);
        assertThat(browser.row("connectors", "chat").getText()).contains("https://hooks.example.com/…");
        assertThat(browser.html()).doesNotContain("SECRET");
        assertThat(browser.controlsNamed("Add connector")).isEmpty();
        assertThat(browser.controlsNamed("Remove")).isEmpty();

        browser.postAnyway(PAGE + "/connectors", Map.of("name", "sneaky", "type", "email",
                "recipients", "sneaky@example.com"));
        browser.heading("Not allowed");
        assertThat(browser.text()).contains("403");
        browser.open(PAGE);
        browser.postAnyway(PAGE + "/connectors/" + connector + "/remove", Map.of());
        browser.heading("Not allowed");
        assertThat(preferences.get(org.id()).connectors()).extracting(Connector::name)
                .containsExactly("on-call", "chat");
    }

    @Test
    void viewerGetsNotAllowed() {
        Org org = fixtures.organization("Viewers");
        Person viewer = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));
        browser.logIn(viewer.email(), Fixtures.PASSWORD);
        browser.heading("Connected clusters");
        assertThat(browser.controlsNamed("Notification preferences")).isEmpty();

        browser.open(PAGE);
        browser.heading("Not allowed");
        assertThat(browser.controlsNamed("Add connector")).isEmpty();
    }

    @Test
    void adminOnAllClustersMayChange() {
        Org org = fixtures.organization("Admins");
        Person admin = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_ADMIN));
        browser.logIn(admin.email(), Fixtures.PASSWORD);
        browser.link("Notification preferences").click();
        assertThat(browser.text()).contains("No connectors yet — Add connector");

        browser.field("Name").sendKeys("team");
        browser.field("Recipients").sendKeys("team@example.com");
        browser.press("Add connector");

        assertThat(browser.text()).contains("Added the connector team.");
        assertThat(browser.row("connectors", "team").getText()).contains("Every event on all clusters");
        assertThat(preferences.get(org.id()).filters()).singleElement()
                .satisfies(f -> assertThat(f.clusterIds()).isNull());
    }

    @Test
    void aDisconnectedClusterLeavesEveryFilterAndChangesKeepWorking() {
        Org org = fixtures.organization("Leftovers");
        ClusterId old = fixtures.cluster(org, "prod-old");
        ClusterId kept = fixtures.cluster(org, "prod-kept");
        UUID legacy = UUID.randomUUID();
        UUID both = UUID.randomUUID();
        preferences.replace(org.id(), new PreferencesRequest(
                List.of(new ConnectorInput(legacy.toString(), "email", "legacy", List.of("ops@example.com"), null),
                        new ConnectorInput(both.toString(), "email", "both", List.of("dev@example.com"), null)),
                List.of(new FilterInput(legacy.toString(), List.of(old.toString()), null, "low", 0),
                        new FilterInput(both.toString(), List.of(old.toString(), kept.toString()), null, "low", 0))));
        clusters.disconnect(org.id(), old);
        assertThat(preferences.get(org.id()).filters()).extracting(NotificationFilter::connectorId,
                NotificationFilter::clusterIds).containsExactly(tuple(both, List.of(kept)));
        browser.logIn(org.owner().email(), Fixtures.PASSWORD);
        browser.open(PAGE);
        assertThat(browser.row("connectors", "legacy").getText()).contains("Nothing: no filter names it");
        assertThat(browser.row("connectors", "both").getText()).contains("Every event on prod-kept");

        browser.field("Name").sendKeys("fresh");
        browser.field("Recipients").sendKeys("fresh@example.com");
        browser.press("Add connector");

        assertThat(browser.text()).contains("Added the connector fresh.");
        assertThat(preferences.get(org.id()).filters()).extracting(NotificationFilter::clusterIds)
                .containsExactly(List.of(kept), null);
    }

    /** The control's own box on the form: its label, hint and messages. */
    private static WebElement fieldBox(WebElement control) {
        return control.findElement(By.xpath("ancestor::div[contains(@class, 'field')][1]"));
    }

    private long connectorsInDatabase(OrganizationId org) {
        return jdbc.sql("SELECT count(*) FROM notification_connectors WHERE organization_id = ?").param(org.value())
                .query(Long.class).single();
    }

    private String storedSecret(OrganizationId org, String name) {
        return jdbc.sql("SELECT secret FROM notification_connectors WHERE organization_id = ? AND name = ?")
                .params(org.value(), name).query(String.class).single();
    }
}
