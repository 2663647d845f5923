package govwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import govwatch.app.pipeline.Pipeline;
import govwatch.app.pipeline.StopSignal;
import govwatch.crawler.CrawlerConfig;
import govwatch.crawler.seed.PortalSeed;
import govwatch.crawler.seed.SeedFiles;
import govwatch.events.Alert;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The web page and the research queries on the real pipeline: the demo portal, plus a 2024 report of 伊金霍洛镇 (whose
 * 2023 draft the demo has), crawled and processed once on the in-process broker; the checks run while that run still
 * serves its HTTP port. The JSON queries are checked with an HTTP client; the pages in Debian's headless Chromium, as
 * a person would look at them, each saving a screenshot to {@code app/target/screenshots/}. The README's pictures in
 * {@code docs/screenshots/} are refreshed on purpose, not by every build:
 * {@code mvn -pl app -am verify -Dtest=WebPageBrowserTest -Dsurefire.failIfNoSpecifiedTests=false -Dscreenshots=../docs/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageBrowserTest {

    private static final String SECOND_YEAR = "zwgk/zfgzbg/202403/t20240318_2001.html";
    private static final List<String> SEED_PLACES = List.of("新镇", "东明镇", "关路镇", "公坪镇", "伊金霍洛镇");
    /** Where the screenshots go: the build's own folder unless {@code -Dscreenshots=DIR} names another. */
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots", "target/screenshots"));

    @TempDir
    static Path work;

    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "demo-pipeline"));
    private final List<Alert> alerts = new CopyOnWriteArrayList<>();
    private final CountDownLatch served = new CountDownLatch(1);
    private final CountDownLatch checked = new CountDownLatch(1);
    private final QueryClient client = new QueryClient();
    private Future<Pipeline.Result> run;
    private int port;
    private ChromeDriver browser;

    @BeforeAll
    void runTheDemoWithASecondYearOnce() throws Exception {
        Path portal = work.resolve("portal");
        LocalPortal.copy(LocalPortal.DEMO, portal);
        Path page = portal.resolve(SECOND_YEAR);
        Files.createDirectories(page.getParent());
        try (InputStream in = getClass().getResourceAsStream("/web/t20240318_2001.html")) {
            Files.copy(in, page, StandardCopyOption.REPLACE_EXISTING);
        }
        Path list = portal.resolve("zwgk/zfgzbg/index_1.html");
        Files.writeString(list, Files.readString(list, StandardCharsets.UTF_8).replace("<ul class=\"list\">",
                "<ul class=\"list\">\n<li><a href=\"./202403/t20240318_2001.html\">伊金霍洛镇2024年政府工作报告</a></li>"));
        List<PortalSeed> seeds = SeedFiles.load(LocalPortal.seedFile(work, portal, LocalPortal.freePort()));
        port = LocalPortal.freePort();
        // The sink holds the run at its sixth alert, so its query server stays up until the checks are done.
        run = runner.submit(() -> Pipeline.run(new Pipeline.Options(seeds, null, work.resolve("data"), true,
                CrawlerConfig.defaults(), Duration.ofMinutes(5), port), new SimpleMeterRegistry(), alert -> {
                    alerts.add(alert);
                    if (alerts.size() == SEED_PLACES.size() + 1) {
                        served.countDown();
                        awaitQuietly(checked);
                    }
                }, StopSignal.never()));
        await().atMost(Duration.ofMinutes(4)).until(() -> served.getCount() == 0 || run.isDone());
        if (run.isDone()) {
            run.get(); // throws what failed
        }
        assertThat(alerts).extracting(a -> a.region().name()).containsOnlyElementsOf(SEED_PLACES)
                .containsAll(SEED_PLACES);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        checked.countDown();
        if (run != null) {
            run.get(2, TimeUnit.MINUTES);
        }
        runner.shutdownNow();
    }

    @Test
    void coverageAndTargetsAnswerFromTheStoredReports() {
        JsonNode coverage = client.get(port, "/coverage?county=150627&year=2024").json();
        assertThat(coverage.at("/countyName").asText()).isEqualTo("伊金霍洛旗");
        JsonNode yijinhuoluo = township(coverage, "150627106000");
        assertThat(yijinhuoluo.at("/status").asText()).isEqualTo("PUBLISHED");
        assertThat(yijinhuoluo.at("/reportId").asText()).isEqualTo("150627106000/2024");
        assertThat(township(client.get(port, "/coverage?county=150627&year=2022").json(), "150627106000")
                .at("/status").asText()).isEqualTo("MISSING");

        JsonNode revenue = client.get(port, "/targets?indicator=" + QueryClient.encode("一般公共预算收入")
                + "&year=2024&county=150627").json();
        assertThat(revenue).hasSize(1);
        assertThat(revenue.at("/0/place").asText()).isEqualTo("伊金霍洛镇");
        assertThat(revenue.at("/0/value").decimalValue()).isEqualByComparingTo("7150");
        assertThat(revenue.at("/0/clause").asText()).contains("7150万元");
        assertThat(client.get(port, "/targets?indicator=" + QueryClient.encode("粮食播种面积") + "&year=2023&province=15")
                .json()).hasSize(1);
        assertThat(client.get(port, "/reports").json()).hasSize(SEED_PLACES.size() + 1);
    }

    @Test
    void aMissingOrWrongParameterIs400NamingIt() {
        assertError("/coverage?year=2024", "county is missing");
        assertError("/coverage?county=1505&year=2024", "county=1505 is not a county-level code");
        assertError("/coverage?county=150525&year=24", "year=24 is not a plan year");
        assertError("/targets?year=2024", "indicator is missing");
        assertError("/targets?indicator=x&year=2024&county=150525&province=15", "county or province, not both");
        assertError("/targets?indicator=x&year=2024&province=99", "province=99 is not a province code");
    }

    @Test
    void theHomePageListsTheSeedPlacesAndTheLatestAlertsNewestFirst() throws Exception {
        ChromeDriver b = browser();
        b.get(url("/"));
        List<String> places = b.findElements(By.cssSelector("#places td:first-child a")).stream()
                .map(WebElement::getText).toList();
        assertThat(places).containsExactlyInAnyOrderElementsOf(SEED_PLACES);
        // The alert topic is read by a thread of its own: the sixth alert may reach it a moment after the store.
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
            b.navigate().refresh();
            assertThat(b.findElements(By.cssSelector("#alerts tr"))).hasSize(alerts.size() + 1);
        });
        List<String> times = b.findElements(By.cssSelector("#alerts td:first-child")).stream()
                .map(WebElement::getText).toList();
        assertThat(times).isSortedAccordingTo((x, y) -> y.compareTo(x));
        screenshot(b, "home.png");

        b.findElement(By.name("q")).sendKeys("东明");
        b.findElement(By.cssSelector("header form button")).click();
        loaded(b, "/search");
        assertThat(b.findElement(By.id("results")).getText()).contains("东明镇");
    }

    @Test
    void thePlacePageChartsAnIndicatorOverTwoYearsAndLinksTheSources() throws Exception {
        ChromeDriver b = browser();
        b.get(url("/"));
        b.findElement(By.linkText("伊金霍洛镇")).click();
        loaded(b, "/place");
        assertThat(b.findElement(By.tagName("h1")).getText()).isEqualTo("伊金霍洛旗 伊金霍洛镇");
        WebElement revenue = b.findElement(By.cssSelector("figure[data-indicator='一般公共预算收入']"));
        assertThat(revenue.findElements(By.cssSelector("svg polyline"))).hasSize(1);
        assertThat(revenue.findElements(By.cssSelector("svg circle"))).hasSize(2);
        assertThat(revenue.getText()).contains("2023").contains("2024").contains("7150万").contains("6829.11万");
        assertThat(b.findElements(By.cssSelector("section.report"))).hasSize(2);
        assertThat(b.findElements(By.cssSelector("section.report table.targets"))).hasSize(2);
        assertThat(b.findElements(By.cssSelector("a.source")))
                .allMatch(a -> a.getAttribute("href").startsWith("http://127.0.0.1:"));
        screenshot(b, "place.png");
    }

    @Test
    void theCoverageTableListsTheCountysTownships() throws Exception {
        ChromeDriver b = browser();
        b.get(url("/"));
        b.findElement(By.name("code")).sendKeys("150525");
        b.findElement(By.name("year")).sendKeys("2024");
        b.findElement(By.cssSelector("#coverage-form button")).click();
        loaded(b, "/county");
        List<WebElement> rows = b.findElements(By.cssSelector("#coverage tr.published, #coverage tr.missing"));
        assertThat(rows).hasSizeGreaterThan(10);
        assertThat(b.findElements(By.cssSelector("#coverage tr.published"))).singleElement()
                .satisfies(r -> assertThat(r.getText()).contains("150525105000").contains("东明镇"));
        assertThat(b.findElement(By.id("coverage-summary")).getText()).startsWith("1 of " + rows.size());
        screenshot(b, "coverage.png");
    }

    private ChromeDriver browser() {
        Browser.require();
        if (browser == null) {
            browser = Browser.start(work.resolve("chromium-profile"));
        }
        return browser;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Waits until a click has taken the browser to the page under {@code path} (a click returns before it loads). */
    private static void loaded(ChromeDriver b, String path) {
        await().atMost(Duration.ofSeconds(60)).until(() -> java.net.URI.create(b.getCurrentUrl()).getPath().startsWith(path));
    }

    private static void screenshot(ChromeDriver b, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), b.getScreenshotAs(OutputType.BYTES));
    }

    private void assertError(String path, String message) {
        QueryClient.Response r = client.get(port, path);
        assertThat(r.status()).as(path).isEqualTo(400);
        assertThat(r.body()).as(path).contains(message);
    }

    private static JsonNode township(JsonNode coverage, String code) {
        for (JsonNode t : coverage.get("townships")) {
            if (t.at("/code").asText().equals(code)) {
                return t;
            }
        }
        throw new AssertionError(code + " not in " + coverage);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
