package dk.ecei.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian chromium driven through chromium-driver (both installed by .ci/run), one per user, so each has
 * its own cookies. Screenshots go to target/screenshots/.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;

    /** A Danish browser, as the users' are: a date input shows dd.mm.åååå, not the mm/dd/yyyy of en-US. */
    public Browser(String baseUrl) {
        this(baseUrl, "da");
    }

    /**
     * A browser whose own language is {@code language} ("da" or "en"): Chromium writes the empty date input in its own
     * language, not the page's, so a test that reads English pages starts an English browser. Headless Chromium on
     * Linux reads its language from the environment as well as from --lang, so both are set.
     */
    public Browser(String baseUrl, String language) {
        String posix = "en".equals(language) ? "en_GB.UTF-8" : "da_DK.UTF-8";
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--lang=" + ("en".equals(language) ? "en-GB" : "da"));
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "en".equals(language) ? "en-GB,en" : "da,en"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .withEnvironment(java.util.Map.of("LANG", posix, "LANGUAGE", "en".equals(language) ? "en_GB" : "da"))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.baseUrl = baseUrl;
        // While a page is being replaced, Chromium may answer for a node of the old document with a stale-element
        // error or a generic one: every wait looks again instead of failing on it.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
    }

    public static boolean available() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(path.startsWith("http") ? path : baseUrl + path);
        return this;
    }

    /** Logs in through the application's login page and Keycloak's real login form; ends on the user's start page. */
    public Browser logInThroughKeycloak(String username, String password) {
        open("/login");
        click(By.id("keycloak-login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(baseUrl) && !d.getCurrentUrl().contains("/login"));
        return this;
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public void click(By by) {
        clickable(by).click();
    }

    /** Clicks a button that leaves the page, and waits for the next page. */
    public void submit(By by) {
        WebElement button = clickable(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        wait.until(d -> isGone(button));
    }

    private WebElement clickable(By by) {
        return wait.until(ExpectedConditions.elementToBeClickable(by));
    }

    /** Whether the element's page has been replaced; Chromium sometimes says so with a generic error. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String source() {
        return driver.getPageSource();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public WebDriverWait await() {
        return wait;
    }

    /** A full-page screenshot: the window is stretched to the page's height first. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Number height = (Number) script("return Math.max(document.body.scrollHeight, 800)");
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, Math.min(height.intValue() + 40, 6000)));
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** Every field has a label, no text is missing from the message files, and the first Tab reaches the skip link. */
    public void assertReadable() {
        org.assertj.core.api.Assertions.assertThat(source()).doesNotContain("??");
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) script("""
                return [...document.querySelectorAll('input, select, textarea')]
                  .filter(e => e.type !== 'hidden' && e.type !== 'submit')
                  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
                  .map(e => e.name || e.id);""");
        org.assertj.core.api.Assertions.assertThat(unlabelled).as("inputs without a label").isEmpty();
        script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        find(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        org.assertj.core.api.Assertions.assertThat(driver().switchTo().activeElement().getAttribute("class")).isEqualTo("skip");
    }
}
