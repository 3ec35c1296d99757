package org.onetrip.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: a person at a screen, for the console's tests.
 * Every screen it is asked to check is run through axe-core (the console's own copy, from its npm build), and no
 * serious or critical violation may remain; each checked screen is kept as a screenshot under target/console-screens.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path ROOT = Path.of(System.getProperty("onetrip.root", "..")).toAbsolutePath().normalize();
    private static final Path SCREENS = ROOT.resolve("e2e-tests/target/console-screens");
    private static String axe;

    final ChromeDriver driver;
    private final String origin;
    private final WebDriverWait wait;

    Browser(String origin, int width, int height) {
        this.origin = origin;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=zh-CN",
                "--user-data-dir=" + tempDir());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    void open(String route) {
        driver.get(origin + "/#" + route);
        await(By.cssSelector("main h1"));
    }

    WebElement await(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void awaitText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void type(String id, String text) {
        WebElement field = await(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void click(String buttonText) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='" + buttonText + "']"))).click();
    }

    /**
     * Signs in as staff do: the console sends the browser to its identity provider (OpenID Connect, code + PKCE) —
     * here the devstack's, whose page lets a developer pick who to be — and takes the code back for the token.
     */
    void signIn(String role, String jurisdiction, String department) {
        signIn(role, jurisdiction, department, "");
    }

    void signIn(String role, String jurisdiction, String department, String subject) {
        open("/sign-in");
        click("统一身份认证登录");
        new org.openqa.selenium.support.ui.Select(await(By.id("role"))).selectByValue(role);
        type("jurisdiction", jurisdiction);
        type("department", department == null ? "" : department);
        type("name", subject);
        await(By.cssSelector("form[aria-label='开发登录'] button[type=submit]")).click();
        await(By.cssSelector("[data-testid=signed-in]"));
    }

    void signOut() {
        click("退出");
        await(By.linkText("登录"));
    }

    /** axe-core on the screen as it is now: no serious or critical violation; and a screenshot of it. */
    @SuppressWarnings("unchecked")
    void check(String screen) {
        JavascriptExecutor js = driver;
        js.executeScript(axe());
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                + " help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)})))).catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        assertThat(violations.stream().filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))))
                .as("serious or critical accessibility violations on " + screen).isEmpty();
        try {
            Files.createDirectories(SCREENS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENS.resolve(screen + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The console's own copy of axe-core, read once. */
    private static synchronized String axe() {
        if (axe == null) {
            try {
                axe = Files.readString(ROOT.resolve("web-console/node_modules/axe-core/axe.min.js"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("onetrip-chromium-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
