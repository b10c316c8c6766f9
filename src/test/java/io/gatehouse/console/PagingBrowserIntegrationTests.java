package io.gatehouse.console;

import java.time.Duration;

import io.gatehouse.access.Role;
import io.gatehouse.access.RoleAssignment;
import io.gatehouse.support.BrowserIntegrationTest;
import io.gatehouse.support.Fixtures;
import io.gatehouse.support.Fixtures.Org;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5: tables page. Keyset pages go forward, and back to the first page; no pager when one page holds all. */
class PagingBrowserIntegrationTests extends BrowserIntegrationTest {

    @Test
    void clustersPageForwardAndBackToTheFirstPage() {
        Org org = fixtures.organization("Many clusters");
        for (int i = 0; i < HomeConsoleController.PAGE_SIZE; i++) {
            fixtures.cluster(org, "c" + (100 + i));
            clock.advance(Duration.ofMillis(1)); // the list is in connection order
        }
        browser.logIn(org.owner().email(), Fixtures.PASSWORD);
        browser.heading("Connected clusters");
        assertThat(browser.controlsNamed("Next page")).as("one page holds them all").isEmpty();

        fixtures.cluster(org, "c999");
        browser.open("/");
        assertThat(browser.column("clusters-table", 1)).hasSize(HomeConsoleController.PAGE_SIZE).doesNotContain("c999");
        assertThat(browser.controlsNamed("First page")).isEmpty();
        assertThat(browser.element(By.cssSelector("nav.pager")).getAccessibleName()).isEqualTo("Pages of clusters");
        browser.link("Next page").click();

        browser.heading("Connected clusters");
        assertThat(browser.column("clusters-table", 1)).containsExactly("c999");
        assertThat(browser.controlsNamed("Next page")).isEmpty();
        browser.link("First page").click();
        browser.heading("Connected clusters");
        assertThat(browser.column("clusters-table", 1)).first().isEqualTo("c100");
    }

    @Test
    void membersPageForwardAndBackToTheFirstPage() {
        Org org = fixtures.organization("Many members");
        Fixtures.Person last = null;
        for (int i = 0; i < MembersConsoleController.PAGE_SIZE; i++) {
            clock.advance(Duration.ofMillis(1)); // the list is in joining order, the owner first
            last = fixtures.member(org, RoleAssignment.onAllClusters(Role.CLUSTER_VIEWER));
        }
        browser.logIn(org.owner().email(), Fixtures.PASSWORD);
        browser.open("/organization/members");
        assertThat(browser.column("members-table", 1)).hasSize(MembersConsoleController.PAGE_SIZE)
                .doesNotContain(last.email());
        assertThat(browser.controlsNamed("First page")).isEmpty();

        browser.link("Next page").click();

        browser.heading("Members");
        assertThat(browser.column("members-table", 1)).containsExactly(last.email());
        assertThat(browser.controlsNamed("Next page")).isEmpty();
        browser.link("First page").click();
        browser.heading("Members");
        assertThat(browser.column("members-table", 1)).first().isEqualTo(org.owner().email());
    }
}
