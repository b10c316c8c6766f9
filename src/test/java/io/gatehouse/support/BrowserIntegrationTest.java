package io.gatehouse.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The whole application, as in {@link ApiIntegrationTest}, and one headless browser shared by the tests of a class
 * (starting Chromium is the slow part); each test starts with no session.
 */
public abstract class BrowserIntegrationTest extends ApiIntegrationTest {

    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void startOver() {
        browser.startOver(port);
    }
}
