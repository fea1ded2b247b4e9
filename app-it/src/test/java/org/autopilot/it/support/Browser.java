package org.autopilot.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through Debian's chromedriver (no browser download), with a fresh profile per
 * instance, plus the Keycloak sign-in steps every browser test needs.
 */
public final class Browser implements AutoCloseable {

    public static final String BASE_URL = System.getProperty("autopilot.it.base-url", "http://localhost:8280");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    public Browser() {
        try {
            profile = Files.createTempDirectory("autopilot-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1366,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        wait = new RecordingWait(Duration.ofSeconds(30));
    }

    /** A wait that, when it times out, keeps a screenshot of the page and names it and the page's URL in the error. */
    private final class RecordingWait extends WebDriverWait {

        RecordingWait(Duration timeout) {
            super(driver, timeout);
        }

        @Override
        protected RuntimeException timeoutException(String message, Throwable lastException) {
            String name = "timeout-" + System.currentTimeMillis();
            screenshot(name);
            return super.timeoutException(message + " (page " + driver.getCurrentUrl() + ", screenshot " + name + ".png)",
                    lastException);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(BASE_URL + path);
    }

    public void awaitPresence(String id) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /** Fills Keycloak's sign-in form (and its TOTP form for users that have one). */
    public void signInAtKeycloak(DemoUser user) {
        awaitPresence("kc-form-login");
        driver.findElement(By.id("username")).sendKeys(user.username());
        driver.findElement(By.id("password")).sendKeys(user.password());
        driver.findElement(By.id("kc-login")).click();
        if (user.totpSecret() != null) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("otp")))
                    .sendKeys(Keycloak.totp(user.totpSecret()));
            driver.findElement(By.id("kc-login")).click();
        }
    }

    public String textOf(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
    }

    /** Waits until an element matching the CSS selector shows the text (growl messages, table cells). */
    public void awaitText(String cssSelector, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(cssSelector), text));
    }

    /** For server-rendered pages of asynchronous work: reloads until an element at the XPath shows the text. */
    public void awaitAfterReloads(String xpath, String text) {
        new RecordingWait(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(700)).until(d -> {
            boolean shown = d.findElements(By.xpath(xpath)).stream().anyMatch(e -> e.getText().contains(text));
            if (!shown) {
                d.navigate().refresh();
            }
            return shown;
        });
    }

    public boolean isPresent(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** Clicks when clickable; a confirmation growl lying over the element is waited out first. */
    public void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        try {
            element.click();
        } catch (ElementClickInterceptedException e) {
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-growl-item-container")));
            element.click();
        }
    }

    /** Replaces the text of an input once it is clickable. */
    public void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.clear();
        // formatted inputs (p:inputNumber) may refill on clear(): select what is left so typing replaces it
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(text);
    }

    /** Opens a PrimeFaces selectOneMenu once its widget is ready and picks the option with that label, no animations. */
    public void choose(String id, String label) {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("if (!window.PrimeFaces"
                + " || !PrimeFaces.getWidgetById(arguments[0])) { return false; } PrimeFaces.animationEnabled = false;"
                + " return true;", id));
        click(By.id(id));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//div[@id='" + id + "_panel']//li[@data-label=\""
                + label + "\"]"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
    }

    public void awaitUrl(String path) {
        wait.until(ExpectedConditions.urlToBe(BASE_URL + path));
    }

    public void awaitUrlContaining(String part) {
        wait.until(ExpectedConditions.urlContains(part));
    }

    /** The HTTP status of a same-origin GET made by the page, with the browser's cookies. */
    public long statusOf(String path) {
        return (Long) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {redirect: 'manual'}).then(r => done(r.status), e => done(-1));",
                BASE_URL + path);
    }

    public void screenshot(String name) {
        Path dir = Path.of(System.getProperty("autopilot.it.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
