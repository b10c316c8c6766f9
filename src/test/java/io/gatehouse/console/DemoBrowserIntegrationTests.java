package io.gatehouse.console;

import java.nio.file.Files;
import java.nio.file.Path;

import io.gatehouse.GatehouseApplication;
import io.gatehouse.support.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5, "done when": what a newcomer gets from the README's first command (the demo profile on the embedded H2
 * database, no SMTP) is a console where the bootstrap owner logs in and goes through the seed's steps.
 */
class DemoBrowserIntegrationTests {

    @Test
    void bootstrapOwnerOfTheDemoGoesThroughTheSeedStepsOnTheEmbeddedDatabase() throws Exception {
        Path data = Files.createTempDirectory("gatehouse-demo");
        String[] args = { "--spring.profiles.active=demo", "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("gatehouse")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" };
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GatehouseApplication.class).run(args);
                Browser browser = new Browser()) {
            browser.startOver(((WebServerApplicationContext) app).getWebServer().getPort());
            browser.open("/");
            assertThat(browser.path()).startsWith("/login");
            browser.screenshot("demo-login");
            // 1. Log in. 2. In the Connected clusters section, select a cluster.
            browser.logIn("owner@example.com", "gatehouse-demo-password");
            browser.heading("Connected clusters");
            assertThat(browser.column("clusters-table", 1)).containsExactlyInAnyOrder("prod-eu", "prod-us");
            browser.link("prod-eu").click();
            browser.heading("prod-eu");
            assertThat(browser.text()).contains("pending");
            // 3. From the navigation menu, select Organization. 4. On the Members page, click Invite members.
            browser.link("Organization").click();
            browser.heading("Members");
            browser.link("Invite members").click();
            browser.field("Email addresses").sendKeys("ann@example.com bob@example.com");
            browser.field("Connected cluster access").click();
            browser.field("Viewer").click();
            browser.field("Selected clusters").click();
            browser.select("Clusters", "prod-eu");
            browser.press("Send invites");
            browser.heading("Members");
            assertThat(browser.row("invitations-table", "ann@example.com").getText()).contains("pending");
            assertThat(browser.row("invitations-table", "bob@example.com").getText()).contains("pending");
            browser.screenshot("demo-members");
        }
    }
}
