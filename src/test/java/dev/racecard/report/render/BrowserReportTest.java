package dev.racecard.report.render;

import dev.racecard.catalog.MutantSelection;
import dev.racecard.catalog.Tool;
import dev.racecard.report.Evidence;
import dev.racecard.report.JcstressFixtures;
import dev.racecard.report.UsesJcstressFixtures;
import dev.racecard.report.ReportJob;
import dev.racecard.report.TestCatalogs;
import dev.racecard.evidence.EvidenceFiles;
import dev.racecard.report.gate.GateVerdict;
import dev.racecard.report.gate.RacePolicy;
import dev.racecard.evidence.Expectation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;

import static dev.racecard.report.TestCatalogs.PLAIN_STRESS;
import static dev.racecard.report.TestCatalogs.SYNC_STRESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens a generated report in Debian's headless Chromium through chromedriver: the key elements
 * render, the CSP blocks nothing (a blocked stylesheet would show up as a console error), the
 * bars have the widths their shares say, and a screenshot is kept in target/.
 */
@UsesJcstressFixtures
class BrowserReportTest {

    /** Debian's packages by default; CI runners elsewhere point these at their own browser. */
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("RACECARD_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("RACECARD_CHROMEDRIVER", "/usr/bin/chromedriver"));

    static ChromeDriver browser;
    static Path page;
    static Path pageWithoutTwin;

    @BeforeAll
    static void openReport() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must install chromium and chromium-driver (see .ci/run)");
        }
        assumeTrue(installed, "Debian's chromium and chromium-driver are not installed");

        Path dir = Path.of("target", "browser-test").toAbsolutePath();
        Path evidence = dir.resolve("evidence");
        EvidenceFiles.write(evidence, Evidence.run("counter", "plain", Tool.JCSTRESS, PLAIN_STRESS, Expectation.INTERESTING, 250, 1000));
        EvidenceFiles.write(evidence, Evidence.lincheck("counter", "plain", true, Expectation.INTERESTING));
        EvidenceFiles.write(evidence, Evidence.run("counter", "plain", Tool.JUNIT, "Seed#plain", Expectation.INTERESTING, 17, 20));
        EvidenceFiles.write(evidence, Evidence.run("counter", "synchronized", Tool.JCSTRESS, SYNC_STRESS, Expectation.FORBIDDEN, 0, 1000));
        EvidenceFiles.write(evidence, Evidence.lincheck("counter", "synchronized", false, Expectation.FORBIDDEN));
        EvidenceFiles.write(evidence, Evidence.run("counter", "synchronized", Tool.JUNIT, "Seed#synchronized", Expectation.FORBIDDEN, 0, 20));
        GateVerdict verdict = ReportJob.evaluate(TestCatalogs.counter(), evidence,
                List.of(JcstressFixtures.resultsFile()), null, RacePolicy.DETERMINISTIC, MutantSelection.NONE);
        ReportJob.write(dir, ReportJob.render(verdict, Instant.now()));
        page = dir.resolve("index.html");
        // the same correct variant's evidence, its racy twin removed from the run: its silence proves nothing
        Path alone = dir.resolve("without-racy-twin");
        Path aloneEvidence = alone.resolve("evidence");
        for (Path file : Files.list(evidence).filter(f -> f.getFileName().toString().contains("synchronized")).toList()) {
            Files.createDirectories(aloneEvidence);
            Files.copy(file, aloneEvidence.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        dev.racecard.catalog.Pattern counter = TestCatalogs.counter().patterns().get(0);
        dev.racecard.catalog.Catalog correctOnly = new dev.racecard.catalog.Catalog(List.of(new dev.racecard.catalog.Pattern(
                counter.id(), counter.title(), counter.claim(), counter.seeds(), List.of(counter.variants().get(1)))));
        ReportJob.write(alone, ReportJob.render(ReportJob.evaluate(correctOnly, aloneEvidence, List.of(), null,
                RacePolicy.DETERMINISTIC, MutantSelection.NONE), Instant.now()));
        pageWithoutTwin = alone.resolve("index.html");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1600", "--user-data-dir=" + Files.createTempDirectory("racecard-chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.get(page.toUri().toString());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void verdictAndMatrixRender() {
        WebElement verdict = browser.findElement(By.id("gate-verdict"));
        assertThat(verdict.isDisplayed()).isTrue();
        // the fixtures hold a forbidden outcome and a test error: the gate fails, and says so first
        assertThat(verdict.getText()).isEqualTo("Gate failed");
        assertThat(browser.findElements(By.cssSelector("#verdict .findings li"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#matrix tr.group"))).extracting(WebElement::getText)
                .containsExactly("SHARED COUNTER");
        List<WebElement> rows = browser.findElements(By.cssSelector("#matrix tbody tr:not(.group)"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("plain", "racy", "race demonstrated").doesNotContain("race seen in");
        assertThat(rows.get(1).getText()).contains("synchronized", "correct", "never forbidden");
        assertThat(browser.getTitle()).isEqualTo("Racecard report: gate failed");
    }

    @Test
    void everyVerdictShowsHowSureItIs() {
        List<WebElement> rows = browser.findElements(By.cssSelector("#matrix tbody tr:not(.group)"));
        // racy jcstress: 250 of 1,000, with its 95 % interval; correct jcstress: the bound after 0 of 1,000
        assertThat(rows.get(0).findElements(By.tagName("td")).get(3).getText()).isEqualTo("race 250 of 1,000 (22 %–28 %)");
        assertThat(rows.get(1).findElements(By.tagName("td")).get(3).getText()).isEqualTo("0 of 1,000 forbidden, ≤ 0.30 %");
        WebElement correctCard = browser.findElement(By.id(ReportViews.anchor("counter/synchronized")));
        assertThat(correctCard.findElements(By.cssSelector(".confidence"))).extracting(WebElement::getText).contains(
                "0 of 1,000 forbidden — at most 0.30 % per sample, 95 %",
                "0 of 20 forbidden — at most 14 % per sample, 95 %");
        WebElement racyCard = browser.findElement(By.id(ReportViews.anchor("counter/plain")));
        assertThat(racyCard.findElements(By.cssSelector(".confidence"))).extracting(WebElement::getText)
                .contains("race in 250 of 1,000 samples: 25 % (95 % interval 22 %–28 %)");
    }

    @Test
    void withoutItsRacyTwinACorrectVariantReadsInconclusiveHere() {
        browser.get(pageWithoutTwin.toUri().toString());
        try {
            WebElement row = browser.findElement(By.cssSelector("#matrix tbody tr:not(.group)"));
            assertThat(row.getText()).contains("synchronized", "inconclusive");
            assertThat(row.findElements(By.tagName("td")).subList(3, 6)).extracting(WebElement::getText)
                    .allSatisfy(cell -> assertThat(cell).startsWith("inconclusive here: "));
            assertThat(browser.findElements(By.cssSelector("#verdict .warnings li"))).extracting(WebElement::getText)
                    .anySatisfy(w -> assertThat(w).contains("inconclusive here: no racy variant of counter that runs jcstress is in this run"));
        } finally {
            browser.get(page.toUri().toString());
        }
    }

    @Test
    void stylesheetAppliesUnderTheContentSecurityPolicy() {
        // the badge colours come from the inline stylesheet; a CSP-blocked sheet leaves them transparent
        WebElement badge = browser.findElement(By.cssSelector("#matrix .badge.racy"));
        assertThat(badge.getCssValue("background-color")).isNotIn("rgba(0, 0, 0, 0)", "transparent");
        WebElement columns = browser.findElement(By.cssSelector(".side-by-side"));
        assertThat(columns.getCssValue("display")).isEqualTo("grid");
    }

    @Test
    void barsAreAsWideAsTheirShares() {
        WebElement racyCard = browser.findElement(By.id(ReportViews.anchor("counter/plain")));
        List<WebElement> bars = racyCard.findElements(By.cssSelector(".outcomes tbody tr"));
        // first experiment: jcstress crafted 750 ok / 250 lost
        WebElement okBar = bars.get(0).findElement(By.cssSelector("span.acceptable"));
        WebElement lostBar = bars.get(1).findElement(By.cssSelector("span.interesting"));
        double ok = okBar.getRect().getWidth();
        double lost = lostBar.getRect().getWidth();
        assertThat(lost).isPositive();
        assertThat(ok / lost).isBetween(2.8, 3.2);
    }

    @Test
    void consoleIsClean() {
        List<LogEntry> entries = browser.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(entries).extracting(LogEntry::getMessage).isEmpty();
    }

    @Test
    void screenshotIsSaved() throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "report-screenshot.png");
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isGreaterThan(10_000);
    }
}
