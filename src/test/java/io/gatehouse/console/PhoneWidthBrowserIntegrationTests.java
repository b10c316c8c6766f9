package io.gatehouse.console;

import java.util.List;

import io.gatehouse.shared.ClusterId;
import io.gatehouse.support.BrowserIntegrationTest;
import io.gatehouse.support.Fixtures;
import io.gatehouse.support.Fixtures.Org;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5: every page of the console fits a phone's width (nothing makes the page scroll sideways). */
class PhoneWidthBrowserIntegrationTests extends BrowserIntegrationTest {

    @Test
    void everyPageFitsAPhoneWidth() {
        Org org = fixtures.organization("Pocket");
        ClusterId cluster = fixtures.cluster(org, "prod-eu-with-a-rather-long-name");
        browser.logIn(org.owner().email(), Fixtures.PASSWORD);
        browser.resize(390, 844);
        List<String> pages = List.of("/", "/clusters/" + cluster, "/clusters/" + cluster + "/events",
                "/clusters/" + cluster + "/metrics", "/clusters/" + cluster + "/customizations",
                "/organization/members", "/organization/invitations/new", "/organization/audit",
                "/organization/notifications", "/account/api-keys", "/account", "/clusters/new");
        for (String page : pages) {
            browser.open(page);
            assertThat(browser.elementsWiderThanTheWindow()).as(page).isEmpty();
        }
        browser.open("/clusters/" + cluster + "/customizations");
        browser.screenshot("customizations-phone");
    }
}
