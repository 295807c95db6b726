package org.adainit.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.adainit.jobs.spark.Concurrently;
import org.adainit.jobs.spark.TestSpark;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * A report of a small run holds exactly the figures its tables support, valid SVG and PNG files, an nbformat 4
 * notebook, and tables whose numbers are those of the SQL shown next to them.
 */
class ReportContentTest {

    @TempDir
    static Path temp;

    private static SparkSession spark;
    private static Path offlineRun;
    private static ReportFiles offline;
    private static Path fullRun;
    private static ReportFiles full;

    @BeforeAll
    static void writeReports() throws Exception {
        spark = TestSpark.session();
        offlineRun = ReportRuns.offline(temp.resolve("offline"));
        offline = report(offlineRun);
        fullRun = ReportRuns.everyFigure(temp.resolve("full"));
        DiagnosticsFixture.write(spark, fullRun);
        full = report(fullRun);
    }

    private static ReportFiles report(Path run) throws IOException {
        Report report = ReportBuilder.build(ResultTables.open(spark, run.toString()), "test");
        ReportWriter.write(report, run.resolve("report"));
        return new ReportFiles(run.resolve("report"));
    }

    @Test
    void anOfflineRunGetsFig3AndFig8AndNoFigureItCannotSupport() throws IOException {
        // The tiny grid varies the qubits (2, 3) at one layer count: a qubit series (with its ratio panel: Ours over
        // the random control and over Classic), no layer series.
        List<String> expected =
                new ArrayList<>(List.of("fig3-qubits-iris-uniform-l1", "fig3-qubits-iris-uniform-l1-ratio"));
        for (String variant : List.of("adainit-embedded", "adainit-random")) {
            expected.add("fig8-iris-uniform-" + variant + "-qubits-at-l-1");
        }
        assertEquals(new TreeSet<>(expected), new TreeSet<>(offline.figureFiles("png")));
        assertEquals(offline.figureFiles("png"), offline.figureFiles("svg"));
        Set<String> figures = new HashSet<>();
        offline.articles().values().stream().filter(a -> a.inlineSvg() != null).forEach(a -> figures.add(a.id()));
        assertEquals(new TreeSet<>(expected), new TreeSet<>(figures));
        for (String absent : List.of("id=\"fig4\"", "id=\"fig6\"", "id=\"fig7\"", "id=\"table2\"",
                "id=\"mcclean\"", "id=\"zhang\"", "id=\"landscape\"", "id=\"gradients\"")) {
            assertFalse(offline.html.contains(absent), absent);
        }
        assertTrue(offline.html.contains("Not in this run"));
    }

    @Test
    void aRunWithBaselinesAblationsAndSamplingGetsFigures4To7AndTable2() {
        Map<String, ReportFiles.Article> articles = full.articles();
        assertTrue(articles.containsKey("fig6-qubits-iris-gainit-l1"), articles.keySet().toString());
        assertTrue(articles.containsKey("fig4-qubits-iris-uniform-l1"), articles.keySet().toString());
        assertTrue(articles.containsKey("table2-shape-accuracy"), articles.keySet().toString());
        String cell = "iris-uniform-n2-l2-s0-adainit-embedded";
        for (String diagnostic : List.of("mcclean-qubits-10n", "mcclean-layers", "zhang-qsl-one-design-1",
                "landscape-" + cell, "gradients-" + cell)) {
            assertTrue(articles.containsKey(diagnostic), diagnostic + " in " + articles.keySet());
        }
        // The heat map's title names the best cell, which must be the argmax of a direct query.
        Row best = spark.read().parquet(fullRun.resolve("curves").toString())
                .where("variant RLIKE '-t[0-9.]+-p[0-9.]+$' AND prior = 'uniform' AND qubits = 2")
                .orderBy(org.apache.spark.sql.functions.col("mean").desc()).first();
        ReportFiles.Article heatMap = articles.get("fig7-iris-uniform-llm-full-n2-l1");
        assertEquals(4, heatMap.cells().size(), "2 temperatures × 2 top_p");
        assertTrue(full.html.contains("N = 2, L = 1: best temperature " + plain(best.getAs("temperature"))
                + ", top_p " + plain(best.getAs("top_p"))), "the heat map's title names the argmax cell");
        // Fig. 3 shows Classic and Ours but leaves the ablation and the sampling grid to their own figures.
        Set<String> variants = new TreeSet<>();
        articles.get("fig3-qubits-iris-uniform-l1").cells().forEach(row -> variants.add(row.get(0)));
        assertEquals(Set.of("adainit-embedded", "classic"), variants);
    }

    @Test
    void everySvgParsesAsXmlOnDiskAndInline() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // The encoder's DOCTYPE names the W3C DTD; a test must not fetch it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        int parsed = 0;
        for (ReportFiles report : List.of(offline, full)) {
            for (String id : report.figureFiles("svg")) {
                Document svg = factory.newDocumentBuilder().parse(report.directory.resolve("figures/" + id + ".svg")
                        .toFile());
                assertEquals("svg", svg.getDocumentElement().getLocalName());
                assertEquals("http://www.w3.org/2000/svg", svg.getDocumentElement().getNamespaceURI());
                parsed++;
            }
            for (ReportFiles.Article article : report.articles().values()) {
                if (article.inlineSvg() != null) {
                    Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                            article.inlineSvg().getBytes(StandardCharsets.UTF_8)));
                    assertEquals("svg", svg.getDocumentElement().getLocalName());
                    parsed++;
                }
            }
        }
        assertTrue(parsed > 20, "parsed " + parsed + " SVG documents");
    }

    @Test
    void everyPngDecodesAtTheChartSize() throws IOException {
        for (String id : full.figureFiles("png")) {
            BufferedImage image = ImageIO.read(full.directory.resolve("figures/" + id + ".png").toFile());
            assertNotNull(image, id);
            assertEquals(Charts.WIDTH, image.getWidth(), id);
        }
    }

    @Test
    void theNotebookIsValidNbformat4WithSqlCellsTablesAndFigures() throws IOException {
        JsonNode notebook = new ObjectMapper().readTree(full.directory.resolve("report.ipynb").toFile());
        assertEquals(4, notebook.path("nbformat").asInt());
        assertTrue(notebook.path("nbformat_minor").asInt() >= 5, "cell ids need nbformat 4.5");
        assertEquals("python3", notebook.path("metadata").path("kernelspec").path("name").asText(),
                "the kernel every Jupyter installation has");
        assertEquals("python", notebook.path("metadata").path("language_info").path("name").asText());
        Set<String> ids = new HashSet<>();
        int code = 0;
        int figures = 0;
        for (JsonNode cell : notebook.path("cells")) {
            String type = cell.path("cell_type").asText();
            assertTrue(type.equals("markdown") || type.equals("code"), type);
            assertTrue(cell.path("id").asText().matches("[a-zA-Z0-9-_]{1,64}"), cell.path("id").asText());
            assertTrue(ids.add(cell.path("id").asText()), "duplicate cell id " + cell.path("id").asText());
            assertTrue(cell.path("source").isTextual());
            assertTrue(cell.path("metadata").isObject());
            if (type.equals("code") && cell.path("id").asText().equals("setup")) {
                String setup = cell.path("source").asText();
                for (String table : List.of("cells", "iterations", "epochs", "curves", "slopes")) {
                    assertTrue(setup.contains("\"" + table + "\""), "the setup opens " + table + ": " + setup);
                }
                assertTrue(setup.contains("spark.read.parquet(RESULTS + \"/\" + table)"), setup);
            } else if (type.equals("code")) {
                code++;
                String source = cell.path("source").asText();
                assertTrue(source.startsWith("spark.sql(r\"\"\"\nSELECT") || source.startsWith("spark.sql(r\"\"\"\nWITH"),
                        source);
                assertTrue(source.endsWith("\"\"\").toPandas()"), source);
                JsonNode result = cell.path("outputs").get(0);
                assertEquals("execute_result", result.path("output_type").asText());
                assertTrue(result.path("data").has("text/html") && result.path("data").has("text/plain"));
                if (cell.path("outputs").size() > 1) {
                    JsonNode figure = cell.path("outputs").get(1);
                    assertEquals("display_data", figure.path("output_type").asText());
                    assertTrue(figure.path("data").path("image/svg+xml").asText().startsWith("<svg"));
                    figures++;
                }
            } else {
                assertFalse(cell.has("outputs"));
            }
        }
        assertEquals(full.articles().size(), code, "one code cell per figure or table");
        assertEquals(full.figureFiles("svg").size(), figures, "one figure output per figure file");
    }

    @Test
    void everyCodeCellOfTheNotebookIsPython() throws Exception {
        Assumptions.assumeTrue(new ProcessBuilder("python3", "--version").start().waitFor() == 0,
                "python3 is not on the PATH; cannot parse the notebook's cells");
        Process parse = new ProcessBuilder("python3", "-c", "import ast, json, sys\n"
                + "cells = json.load(open(sys.argv[1]))['cells']\n"
                + "code = [c['source'] for c in cells if c['cell_type'] == 'code']\n"
                + "[ast.parse(source) for source in code]\n"
                + "print(len(code))", full.directory.resolve("report.ipynb").toString())
                .redirectErrorStream(true).start();
        String output = new String(parse.getInputStream().readAllBytes()).strip();
        assertEquals(0, parse.waitFor(), output);
        assertEquals(Integer.toString(full.articles().size() + 1), output, "the setup cell and one per figure");
    }

    @Test
    void everyNumberInThePageTablesIsWhatItsSqlReturns() throws IOException {
        int compared = 0;
        for (Path run : List.of(offlineRun, fullRun)) {
            registerEveryTable(run);
            ReportFiles report = run == offlineRun ? offline : full;
            List<ReportFiles.Article> articles = List.copyOf(report.articles().values());
            // The queries run at once, as the report's own do: each waits on Spark far more than on the cores.
            List<List<Row>> results = Concurrently.map(articles, 4, a -> spark.sql(a.sql()).collectAsList());
            for (int i = 0; i < articles.size(); i++) {
                ReportFiles.Article article = articles.get(i);
                List<Row> rows = results.get(i);
                assertEquals(rows.size(), article.cells().size(), article.id());
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < article.columns().size(); c++) {
                        Object value = rows.get(r).get(c);
                        String expected = value == null ? null
                                : value instanceof Timestamp t ? t.toInstant().toString() : value.toString();
                        assertEquals(expected, article.cells().get(r).get(c),
                                article.id() + " row " + r + " column " + article.columns().get(c));
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 500, "compared " + compared + " cells");
    }

    /** Each table folder of {@code run} as a view of its name, so no view of another run or test is read. */
    private static void registerEveryTable(Path run) throws IOException {
        try (Stream<Path> folders = Files.list(run)) {
            for (Path folder : folders.filter(ReportContentTest::holdsParquet).toList()) {
                String table = folder.getFileName().toString();
                spark.read().parquet(folder.toString()).createOrReplaceTempView(table);
            }
        }
    }

    private static boolean holdsParquet(Path folder) {
        if (!Files.isDirectory(folder) || folder.getFileName().toString().startsWith("_")) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
