package io.gatehouse.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven through {@code /usr/bin/chromedriver}, with explicit paths so that Selenium
 * Manager never downloads anything. Finds elements the way people and screen readers do: by label text, button
 * text, link text and heading (the accessible names of SPEC §9).
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private String base = "";

    public Browser() {
        try {
            profile = Files.createTempDirectory("gatehouse-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + profile.resolve("data"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("XDG_CONFIG_HOME", profile.resolve("config").toString(),
                        "XDG_CACHE_HOME", profile.resolve("cache").toString()))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
    }

    /** Forgets the previous test's session and points at this test's server. */
    public void startOver(int port) {
        base = "http://127.0.0.1:" + port;
        driver.get(base + "/login");
        driver.manage().deleteAllCookies();
        resize(1280, 900);
    }

    public void open(String path) {
        driver.get(path.startsWith("http") ? path : base + path);
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public void logIn(String email, String password) {
        open("/login");
        field("Email").sendKeys(email);
        field("Password").sendKeys(password);
        press("Log in");
        assertThat(path()).doesNotStartWith("/login");
    }

    /** The control labelled {@code label}; its computed accessible name must be that label. */
    public WebElement field(String label) {
        WebElement labelElement = driver.findElement(By.xpath("//label[normalize-space()=" + literal(label) + "]"));
        WebElement control = driver.findElement(By.id(labelElement.getAttribute("for")));
        if (control.isDisplayed()) { // hidden controls have no accessible name
            assertThat(control.getAccessibleName()).as("accessible name of the control labelled " + label)
                    .isEqualTo(label);
        }
        return control;
    }

    public void select(String label, String... options) {
        Select select = new Select(field(label));
        for (String option : options) {
            select.selectByVisibleText(option);
        }
    }

    public WebElement button(String name) {
        return driver.findElement(By.xpath("//button[normalize-space()=" + literal(name) + "]"));
    }

    /** Clicks the button named {@code name} and waits for the page it leads to. */
    public void press(String name) {
        WebElement page = driver.findElement(By.tagName("html"));
        button(name).click();
        waitForNewPage(page);
    }

    /** Reloads the page as the browser's reload button does, and waits for it. */
    public void reload() {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.navigate().refresh();
        waitForNewPage(page);
    }

    /** Clicks {@code control} and waits for the page it leads to. */
    public void press(WebElement control) {
        WebElement page = driver.findElement(By.tagName("html"));
        control.click();
        waitForNewPage(page);
    }

    /**
     * Waits until {@code previous} has left the document. Chromium reports a node of an unloaded document either as
     * stale or, mid-navigation, as one that "does not belong to the document"; Selenium's {@code stalenessOf} knows
     * only the first and failed a CI run on the second.
     */
    private void waitForNewPage(WebElement previous) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isGone(previous));
    }

    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public WebElement link(String name) {
        return driver.findElement(By.xpath("//a[normalize-space()=" + literal(name) + "]"));
    }

    /** Buttons and links named {@code name} on the page, without waiting: for asserting absence. */
    public List<WebElement> controlsNamed(String name) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return driver.findElements(By.xpath("//button[normalize-space()=" + literal(name) + "] | //a[normalize-space()="
                    + literal(name) + "]"));
        } finally {
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
        }
    }

    /** The button or link named {@code name} inside {@code scope} (a table row, a section). */
    public static WebElement control(WebElement scope, String name) {
        return scope.findElement(By.xpath(".//*[self::a or self::button][normalize-space()=" + literal(name) + "]"));
    }

    public WebElement heading(String text) {
        return driver.findElement(By.xpath("//*[self::h1 or self::h2][normalize-space()=" + literal(text) + "]"));
    }

    /** The table row holding {@code text} in the table that follows the heading {@code heading}. */
    public WebElement row(String tableId, String text) {
        return driver.findElement(By.xpath("//table[@id=" + literal(tableId) + "]//tr[td[normalize-space()=" + literal(text)
                + "]]"));
    }

    public List<String> column(String tableId, int column) {
        return driver.findElements(By.xpath("//table[@id=" + literal(tableId) + "]/tbody/tr/td[" + column + "]")).stream()
                .map(WebElement::getText).toList();
    }

    /** An element found by a locator, for what has no accessible name of its own (a chart, a summary). */
    public WebElement element(By locator) {
        return driver.findElement(locator);
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The page's markup, input values included: for asserting that a secret is nowhere on it. */
    public String html() {
        return driver.getPageSource();
    }

    /** The HTTP status the page shown was answered with, from the browser's Navigation Timing entry. */
    public long status() {
        return (Long) driver.executeScript("return performance.getEntriesByType('navigation')[0].responseStatus;");
    }

    /** Clicks a destructive {@code control}, accepts the confirmation it asks for, and returns its question. */
    public String pressAndConfirm(WebElement control) {
        WebElement page = driver.findElement(By.tagName("html"));
        control.click();
        Alert alert = new WebDriverWait(driver, Duration.ofSeconds(3))
                .until(d -> d.switchTo().alert());
        String question = alert.getText();
        alert.accept();
        waitForNewPage(page);
        return question;
    }

    /** Posts a form the page does not offer, with the page's CSRF token: what a curious user could do. */
    public void postAnyway(String path, Map<String, String> fields) {
        StringBuilder script = new StringBuilder("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = arguments[0];
                const add = (name, value) => { const i = document.createElement('input'); i.type = 'hidden';
                  i.name = name; i.value = value; form.appendChild(i); };
                add('_csrf', document.querySelector('input[name=_csrf]').value);
                """);
        fields.forEach((name, value) -> script.append("add(").append(jsString(name)).append(", ")
                .append(jsString(value)).append(");\n"));
        script.append("document.body.appendChild(form); form.submit();");
        driver.executeScript(script.toString(), base + path);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith(path));
    }

    /**
     * The elements that stick out to the right of the window (so the whole page would scroll sideways), described as
     * {@code tag#id.class}; empty when the page fits its width. Content inside a scrolling box does not count.
     */
    @SuppressWarnings("unchecked")
    public List<String> elementsWiderThanTheWindow() {
        return (List<String>) driver.executeScript("""
                const width = document.documentElement.clientWidth;
                const scrolls = el => { for (let p = el.parentElement; p; p = p.parentElement) {
                    const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; }
                    return false; };
                return [...document.body.querySelectorAll('*')]
                    .filter(el => el.getBoundingClientRect().right > width + 0.5 && !scrolls(el))
                    .map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                        + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().replace(/\\s+/g, '.') : ''));
                """);
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    private static String jsString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
