package org.adainit.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.adainit.jobs.spark.TestSpark;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report page in a real browser: headless Chromium opens it from disk, the page logs nothing to the console and
 * every figure is laid out with a non-zero size. Runs in CI ({@code .ci/run} installs Debian's chromium); skipped
 * with a reason on a machine without it.
 */
@Tag("browser")
class ReportBrowserTest {

    private static final Pattern SIZES = Pattern.compile("data-figure-sizes=\"([^\"]*)\"");

    @TempDir
    Path temp;

    private HeadlessChromium chromium;

    @BeforeEach
    void findChromium() {
        chromium = HeadlessChromium.find(temp).orElse(null);
        if (chromium == null && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("chromium is not installed; .ci/run installs it (apt-get install chromium)");
        }
        Assumptions.assumeTrue(chromium != null, "chromium is not installed (apt-get install chromium); "
                + "the browser test runs in CI");
    }

    @Test
    void thePageOpensWithoutConsoleErrorsAndEveryFigureHasASize() throws Exception {
        Path run = ReportRuns.everyFigure(temp.resolve("run"));
        DiagnosticsFixture.write(TestSpark.session(), run);
        Path directory = run.resolve("report");
        ReportWriter.write(ReportBuilder.build(ResultTables.open(TestSpark.session(), run.toString()), "test"),
                directory);
        Path html = directory.resolve(ReportWriter.HTML);
        int figures = Files.readString(html).split("<figure data-figure=", -1).length - 1;

        HeadlessChromium.Page page = chromium.load(html);

        assertEquals(List.of(), page.consoleMessages());
        Matcher sizes = SIZES.matcher(page.dom());
        assertTrue(sizes.find(), "the page's size probe did not run");
        String[] entries = sizes.group(1).split(" ");
        assertTrue(figures >= 15, "the run supports several figures, found " + figures);
        assertEquals(figures, entries.length, sizes.group(1));
        for (String entry : entries) {
            String[] size = entry.substring(entry.indexOf('=') + 1).split("x");
            assertTrue(Integer.parseInt(size[0]) > 0 && Integer.parseInt(size[1]) > 0, entry);
        }
        Path screenshot = Files.createDirectories(Path.of("target")).resolve("report-browser.png");
        Files.deleteIfExists(screenshot);
        chromium.screenshot(html, screenshot, 1280, 2000);
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertNotNull(image, "screenshot " + screenshot);
        assertEquals(1280, image.getWidth());
    }

    @Test
    void aConsoleErrorWouldBeCaught() throws Exception {
        Path page = Files.writeString(temp.resolve("broken.html"),
                "<!DOCTYPE html><html><body><script>console.error('boom'); missing();</script></body></html>");
        List<String> console = chromium.load(page).consoleMessages();
        assertEquals(2, console.size(), console.toString());
        assertTrue(console.get(1).contains("Uncaught ReferenceError"), console.toString());
    }
}
