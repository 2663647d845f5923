package govwatch.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debian's headless Chromium driven by Selenium, for tests that look at the web page as a person would. Only the
 * Debian packages are used ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}): nothing is downloaded.
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final Logger log = LoggerFactory.getLogger(Browser.class);

    private Browser() {
    }

    /**
     * Makes sure a browser is there: in CI ({@code CI=true}) its absence fails the test; elsewhere the test is
     * skipped, loudly.
     */
    static void require() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message = "no headless browser: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing; install them "
                + "with: apt-get install -y chromium chromium-driver (as .ci/run does)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message);
        }
        log.warn("SKIPPING the web page's browser test: {}", message);
        System.err.println("SKIPPED: " + message);
        Assumptions.abort(message);
    }

    /** A fresh headless Chromium with its own profile in {@code profile}, sized for screenshots. */
    static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1200,900", "--lang=zh-CN",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
