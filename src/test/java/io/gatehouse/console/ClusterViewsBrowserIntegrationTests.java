package io.gatehouse.console;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.agent.Agent;
import io.gatehouse.agent.AgentCommand;
import io.gatehouse.monitoring.CustomizationService;
import io.gatehouse.monitoring.Customizations;
import io.gatehouse.monitoring.EventType;
import io.gatehouse.shared.ClusterId;
import io.gatehouse.support.BrowserIntegrationTest;
import io.gatehouse.support.FakeElasticsearch;
import io.gatehouse.support.Fixtures;
import io.gatehouse.support.Fixtures.Org;
import io.gatehouse.support.Fixtures.Person;
import io.gatehouse.support.Http.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5: a cluster's events, metrics charts and customizations in the console, behind the permission table. */
class ClusterViewsBrowserIntegrationTests extends BrowserIntegrationTest {

    private static final String CLUSTERS = "/api/v1/cloud-connected/clusters";

    @Autowired
    CustomizationService customizations;

    private final FakeElasticsearch elasticsearch = new FakeElasticsearch();

    @AfterEach
    void stopElasticsearch() {
        elasticsearch.close();
    }

    @Test
    void viewerOutOfScopeIsRefusedTheClustersEventsMetricsAndCustomizations() {
        Org org = fixtures.organization("Scoped");
        ClusterId eu = fixtures.cluster(org, "prod-eu");
        ClusterId us = fixtures.cluster(org, "prod-us");
        Person viewer = fixtures.member(org, RoleAssignment.onClusters(Role.CLUSTER_VIEWER, List.of(eu)));
        browser.logIn(viewer.email(), Fixtures.PASSWORD);

        for (String page : List.of("", "/events", "/metrics", "/customizations")) {
            browser.open("/clusters/" + us + page);
            browser.heading("Not allowed");
        }
        browser.open("/clusters/" + eu + "/customizations");
        browser.heading("Not allowed");
        browser.open("/clusters/" + eu);
        browser.postAnyway("/clusters/" + eu + "/customizations", Map.of("high_cpu-cpu_percent", "99"));
        browser.heading("Not allowed");
        browser.open("/clusters/" + eu);
        browser.postAnyway("/clusters/" + eu + "/customizations/reset", Map.of());
        browser.heading("Not allowed");
        assertThat(customizations.get(org.id(), eu)).isEqualTo(Customizations.defaults());
    }

    @Test
    void anotherOrganizationsClusterIsNotFoundOnEveryView() {
        Org mine = fixtures.organization("Mine");
        Org theirs = fixtures.organization("Theirs");
        ClusterId foreign = fixtures.cluster(theirs, "their-prod");
        browser.logIn(mine.owner().email(), Fixtures.PASSWORD);

        for (String page : List.of("", "/events", "/events/7d1f0a52-5b55-4c1e-9a43-1f4c4b3a2c01", "/metrics",
                "/customizations")) {
            browser.open("/clusters/" + foreign + page);
            browser.heading("Not found");
            assertThat(browser.text()).doesNotContain("their-prod");
        }
    }

    @Test
    void malformedFiltersAndUnknownEventsAnswerPlainPages() {
        Org org = fixtures.organization("Plain");
        ClusterId eu = fixtures.cluster(org, "prod-eu");
        browser.logIn(org.owner().email(), Fixtures.PASSWORD);

        browser.open("/clusters/" + eu + "/events?status=burning");
        browser.heading("Not possible");
        assertThat(browser.text()).contains("status must be open or closed");
        browser.open("/clusters/" + eu + "/metrics?range=forever");
        browser.heading("Not possible");
        assertThat(browser.text()).contains("The period must be one of 1h, 6h, 24h or 7d.");
        browser.open("/clusters/" + eu + "/events/7d1f0a52-5b55-4c1e-9a43-1f4c4b3a2c01");
        browser.heading("Not found");
        browser.open("/clusters/" + eu + "/events/not-an-id");
        browser.heading("Not found");
    }

    @Test
    void viewerFollowsAHighCpuEventToItsDetailsSeesTheChartsAndTheEventClose() throws Exception {
        Org org = fixtures.organization("Watchers");
        Response created = http.post(CLUSTERS, org.owner().token(), Map.of("name", "logs-prod", "kind", "eck"));
        ClusterId cluster = ClusterId.parse(created.body().path("id").asString()).orElseThrow();
        Agent agent = AgentCommand.fromArguments(clock, "--es-url", elasticsearch.url(), "--url",
                "http://127.0.0.1:" + port, "--token", created.body().path("agent_token").asString());
        rounds(agent, 1);
        elasticsearch.cpu("es-hot-1", 96);
        rounds(agent, 5);
        Person viewer = fixtures.member(org, RoleAssignment.onClusters(Role.CLUSTER_VIEWER, List.of(cluster)));
        browser.logIn(viewer.email(), Fixtures.PASSWORD);

        browser.link("logs-prod").click();
        browser.heading("logs-prod");
        browser.heading("Open events");
        assertThat(browser.controlsNamed("Customizations")).isEmpty();
        assertThat(browser.controlsNamed("Disconnect")).isEmpty();
        browser.link("High CPU on node es-hot-1").click();
        browser.heading("High CPU on node es-hot-1");
        assertThat(browser.text()).contains("What was detected").contains("96%").contains("Recommendations")
                .contains("es-hot-1").contains("still open");
        assertThat(browser.path()).matches("/clusters/" + cluster + "/events/[0-9a-f-]{36}");

        browser.link("Events").click();
        browser.heading("Events");
        WebElement row = browser.row("events", "open");
        assertThat(row.getText()).contains("High CPU on node es-hot-1").contains("medium").contains("es-hot-1");
        browser.screenshot("cluster-events");

        browser.link("Metrics reports").click();
        browser.heading("Metrics reports");
        browser.link("Last hour").click();
        browser.heading("CPU");
        Instant to = clock.instant();
        JsonNode cpu = http.get(CLUSTERS + "/" + cluster + "/reports?from=" + to.minus(Duration.ofHours(1)) + "&to=" + to,
                viewer.token()).body().path("metrics").path("cpu_percent");
        WebElement summary = browser.element(By.cssSelector("dl[aria-label='CPU summary']"));
        assertThat(summary.getText()).contains(String.format(Locale.ROOT, "%.1f %%", cpu.path("max").asDouble()))
                .contains(String.format(Locale.ROOT, "%.1f %%", cpu.path("p95").asDouble()));
        WebElement chart = browser.element(By.id("series-cpu_percent"));
        assertThat(chart.findElements(By.tagName("canvas"))).as("uPlot drew the CPU chart").hasSize(1);
        assertThat(chart.getAccessibleName()).startsWith("CPU over the last hour, from ");
        assertThat(browser.elementsWiderThanTheWindow()).isEmpty();
        browser.screenshot("cluster-metrics");

        elasticsearch.cpu("es-hot-1", 12);
        rounds(agent, 1);
        browser.link("Events").click();
        browser.link("Closed").click();
        assertThat(browser.row("events", "closed").getText()).contains("High CPU on node es-hot-1");
        browser.link("Open").click();
        assertThat(browser.text()).contains("No open events");
    }

    @Test
    void adminOnAllClustersRaisesAThresholdAfterA140PercentOneIsRefusedAtItsField() {
        Org org = fixtures.organization("Tuners");
        ClusterId eu = fixtures.cluster(org, "prod-eu");
        Person admin = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_ADMIN));
        browser.logIn(admin.email(), Fixtures.PASSWORD);
        browser.link("prod-eu").click();
        browser.link("Customizations").click();
        browser.heading("Customizations");
        assertThat(browser.field("CPU threshold (%)").getAttribute("value")).isEqualTo("80");

        replace(browser.field("CPU threshold (%)"), "140");
        browser.press("Save customizations");
        assertThat(browser.field("CPU threshold (%)").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.field("CPU threshold (%)").getAttribute("value")).isEqualTo("140");
        assertThat(browser.element(By.id("high_cpu-cpu_percent-error")).getText())
                .isEqualTo("cpu_percent must be a percentage from 1 to 100");
        assertThat(customizations.get(org.id(), eu)).isEqualTo(Customizations.defaults());
        browser.screenshot("customizations-refused");

        replace(browser.field("CPU threshold (%)"), "90");
        replace(browser.field("CPU samples in a row"), "3");
        browser.field("Watch for cluster status yellow").click();
        browser.press("Save customizations");
        assertThat(browser.text()).contains("Saved. The next report is evaluated with these settings.");
        Customizations saved = customizations.get(org.id(), eu);
        assertThat(saved.of(EventType.HIGH_CPU).thresholds()).containsEntry("cpu_percent", 90.0).containsEntry("samples", 3.0);
        assertThat(saved.of(EventType.CLUSTER_STATUS_YELLOW).enabled()).isFalse();
        assertThat(browser.field("CPU threshold (%)").getAttribute("value")).isEqualTo("90");
        assertThat(browser.field("Watch for cluster status yellow").isSelected()).isFalse();

        browser.pressAndConfirm(browser.button("Restore defaults"));
        assertThat(browser.text()).contains("Every rule is back at its defaults.");
        assertThat(customizations.get(org.id(), eu)).isEqualTo(Customizations.defaults());
    }

    @Test
    void adminOnSelectedClustersSeesNoCustomizations() {
        Org org = fixtures.organization("Selected");
        ClusterId eu = fixtures.cluster(org, "prod-eu");
        Person admin = fixtures.member(org, RoleAssignment.onClusters(Role.CLUSTER_ADMIN, List.of(eu)));
        browser.logIn(admin.email(), Fixtures.PASSWORD);
        browser.link("prod-eu").click();
        browser.heading("prod-eu");
        assertThat(browser.controlsNamed("Customizations")).isEmpty();
        assertThat(browser.controlsNamed("Events")).hasSize(1);
        assertThat(browser.controlsNamed("Metrics reports")).isNotEmpty();
        browser.open("/clusters/" + eu + "/customizations");
        browser.heading("Not allowed");
    }

    /** Rounds 10 seconds apart on the shared test clock, as the agent would run them. */
    private void rounds(Agent agent, int n) {
        for (int i = 0; i < n; i++) {
            clock.advance(Duration.ofSeconds(10));
            agent.round();
        }
    }

    private static void replace(WebElement input, String value) {
        input.clear();
        input.sendKeys(value);
    }
}
