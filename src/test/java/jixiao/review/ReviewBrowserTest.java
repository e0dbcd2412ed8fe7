package jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import jixiao.Samples;
import jixiao.cli.Main;
import jixiao.cli.ReviewCommand;
import jixiao.export.JsonExporter;
import jixiao.model.Document;
import jixiao.model.Indicator;

/**
 * End to end: extract two samples (a PDF and a text file) with the CLI, write their review, and open it from disk in
 * headless Chromium (Debian's chromium and chromium-driver): the index lists both with no console error, a click on
 * a table cell lights up its box on the right page image (and a click on a box its table cell), and a text
 * document links its cells to text lines. Screenshots go to {@code <build dir>/review-screenshots/}, the review
 * itself to {@code <build dir>/review-e2e/}. Skipped, saying why, only where /usr/bin/chromium is not installed.
 */
class ReviewBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String PDF = "h-hebei-jingxian-2024-shichang.chrome.pdf";
    private static final String TEXT = "c-sichuan-pidu-2021-xiangcun.writer.txt";
    /** Quiet: FontBox's font quirks and Selenium's "no CDP implementation matching 156" (CDP is not used). */
    private static final java.util.logging.Logger[] QUIET = {java.util.logging.Logger.getLogger("org.apache.fontbox"),
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools")};

    @TempDir
    static Path work;
    static Path out;
    static Path shots;
    static WebDriver driver;

    @BeforeAll
    static void extractReviewAndStartChromium() throws IOException {
        for (java.util.logging.Logger logger : QUIET) {
            logger.setLevel(Level.SEVERE);
        }
        if (!Files.isExecutable(CHROMIUM)) {
            System.out.println("ReviewBrowserTest skipped: " + CHROMIUM + " is not installed "
                    + "(apt-get install chromium chromium-driver; .ci/run does)");
        }
        assumeTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is not installed");
        assertTrue(Files.isExecutable(CHROMEDRIVER), "chromium is installed but not " + CHROMEDRIVER
                + ": apt-get install chromium-driver");
        out = work.resolve("out");
        StringWriter log = new StringWriter();
        PrintWriter pw = new PrintWriter(log);
        int extracted = Main.run(pw, pw, "extract", Samples.path("dev/pdf/" + PDF).toString(),
                Samples.path("dev/text/" + TEXT).toString(), "-o", out.toString(), "-q");
        assertEquals(0, extracted, "extract: " + log);
        int reviewed = ReviewCommand.write(out, ReviewOptions.defaults(), pw, pw);
        assertEquals(0, reviewed, "review: " + log);
        Path build = Samples.path("dev").getParent().getParent().getParent(); // <build>/test-classes/samples/dev
        shots = Files.createDirectories(build.resolve("review-screenshots"));
        copyTree(out.resolve(ReviewWriter.FOLDER), build.resolve("review-e2e"));
        driver = chromium(work.resolve("chromium-profile"));
    }

    @AfterAll
    static void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void indexListsBothDocumentsAndFilters() throws IOException {
        open("index.html");
        List<WebElement> rows = driver.findElements(By.cssSelector("table.docs tbody tr"));
        assertEquals(2, rows.size(), "one row per document");
        assertEquals(2, driver.findElements(By.cssSelector("table.docs tbody tr td.name a")).size(), "links");
        long withProblems = Stream.of(PDF, TEXT).filter(ReviewBrowserTest::hasErrorsOrWarnings).count();
        driver.findElement(By.id("only-problems")).click();
        assertEquals(withProblems, visibleRows(), "the filter keeps the documents with errors or warnings");
        driver.findElement(By.id("only-problems")).click();
        assertEquals(2, visibleRows());
        screenshot("index.png");
        assertNoConsoleErrors("index.html");
    }

    @Test
    void clickingATableCellLightsUpItsBoxOnThePage() throws IOException {
        Document doc = JsonExporter.read(out.resolve(PDF + ".json"));
        Indicator first = doc.projects().get(0).indicators().get(0);
        open("doc/" + PDF + ".html");
        WebElement cell = driver.findElement(By.cssSelector("#p1-i1 td.f-value[data-b]"));
        String key = cell.getAttribute("data-b");
        WebElement box = driver.findElement(By.cssSelector("#p1 .sheet .box[data-b='" + key + "']"));
        new Actions(driver).moveToElement(cell).perform();
        assertTrue(classes(box).contains("hl"), "hovering the cell lights up its box: " + classes(box));
        cell.click();
        assertTrue(classes(box).contains("sel"), "clicking the cell selects its box: " + classes(box));
        assertTrue(classes(cell).contains("sel"), "and the cell itself");
        assertEquals(String.valueOf(first.cells().get("value").page()), js(
                "return arguments[0].closest('figure').getAttribute('data-page')", box), "the box's page");
        assertEquals(Boolean.TRUE, js("var r = arguments[0].getBoundingClientRect();"
                + " var p = arguments[0].closest('.pane-scroll').getBoundingClientRect();"
                + " return r.width > 0 && r.top >= p.top && r.bottom <= p.bottom;", box),
                "the box is scrolled into view");
        screenshot("document-pdf.png");

        WebElement other = driver.findElement(By.cssSelector("#p1-i3 td.f-level3[data-b]"));
        WebElement otherBox = driver.findElement(By.cssSelector(".sheet .box[data-b='" + other.getAttribute("data-b")
                + "']"));
        otherBox.click();
        assertTrue(classes(other).contains("sel"), "clicking a box selects its table cell: " + classes(other));
        assertFalse(classes(box).contains("sel"), "and clears the previous selection");
        assertNoConsoleErrors(PDF);
    }

    @Test
    void textDocumentLinksCellsToItsLines() throws IOException {
        open("doc/" + TEXT + ".html");
        WebElement cell = driver.findElement(By.cssSelector("#p1-i1 td.f-level3[data-b]"));
        cell.click();
        List<WebElement> lines = driver.findElements(By.cssSelector("#p1 .lines .ln.sel"));
        assertFalse(lines.isEmpty(), "clicking a cell of a text document selects its lines");
        String text = String.join("", lines.stream().map(WebElement::getText).toList()).replaceAll("\\s|\\d", "");
        String level3 = cell.getText().replaceAll("\\s", "");
        assertTrue(text.contains(level3.substring(0, Math.min(4, level3.length()))),
                "the selected lines hold the cell's text: " + text + " / " + level3);
        assertTrue(driver.findElements(By.cssSelector(".sheet")).isEmpty(), "no page images for text input");
        screenshot("document-text.png");
        assertNoConsoleErrors(TEXT);
    }

    private static ChromeDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1600,1000",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static void open(String page) {
        driver.get(out.resolve(ReviewWriter.FOLDER).resolve(page).toUri().toString());
        assertEquals("complete", js("return document.readyState"));
        assertEquals(Boolean.TRUE,
                js("return Array.from(document.images).every(i => !i.complete || i.naturalWidth > 0)"),
                "every loaded image decodes");
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static String classes(WebElement e) {
        return " " + e.getAttribute("class") + " ";
    }

    private static long visibleRows() {
        return driver.findElements(By.cssSelector("table.docs tbody tr")).stream().filter(WebElement::isDisplayed)
                .count();
    }

    private static boolean hasErrorsOrWarnings(String name) {
        try {
            return JsonExporter.read(out.resolve(name + ".json")).issues().stream()
                    .anyMatch(i -> i.severity() != jixiao.model.Issue.Severity.info);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertNoConsoleErrors(String page) {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertEquals(List.of(), severe.stream().map(LogEntry::getMessage).toList(), "console errors on " + page);
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, shots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        System.out.println("screenshot: " + shots.resolve(name));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

}
