package org.adainit.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.adainit.jobs.cli.CliRun;
import org.adainit.jobs.pipeline.TinyGrid;
import org.adainit.jobs.spark.TestSpark;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of real diagnostics outputs: a small McClean grid, and the diagnose command on an AdaInit cell. */
class DiagnosticsRunReportTest {

    private static final String MCCLEAN = """
            name: mcclean-report-test
            kind: mcclean
            seed: 2018
            samples_per_cell: 100
            points:
              - {qubits: [2, 4, 6], depth: 10n, samples: 100}
              - {qubits: [2], depth: [1, 8], samples: 100}
            """;

    @TempDir
    Path temp;

    @Test
    void aMcCleanRunGetsItsFiguresWithThePredictionAndNoAdaInitFigure() throws Exception {
        Path grid = Files.writeString(temp.resolve("mcclean.yaml"), MCCLEAN);
        Path out = temp.resolve("mcclean");
        cli("run", grid.toString(), "--out", out.toString());

        Report report = ReportBuilder.build(ResultTables.open(TestSpark.session(), out.toString()), "test");
        ReportWriter.write(report, out.resolve("report"));

        Map<String, ReportFiles.Article> articles = new ReportFiles(out.resolve("report")).articles();
        assertTrue(articles.containsKey("mcclean-qubits-10n"), articles.keySet().toString());
        assertTrue(articles.containsKey("mcclean-layers"), articles.keySet().toString());
        assertTrue(articles.containsKey("mcclean-slopes"), articles.keySet().toString());
        assertTrue(articles.keySet().stream().noneMatch(id -> id.startsWith("fig")), articles.keySet().toString());
        // The dashed line is the table's 2-design prediction 2^n/(3(4^n−1)), shown beside each point.
        ReportFiles.Article qubits = articles.get("mcclean-qubits-10n");
        int n = qubits.columns().indexOf("qubits");
        int prediction = qubits.columns().indexOf("prediction");
        for (List<String> row : qubits.cells()) {
            double q = Double.parseDouble(row.get(n));
            assertEquals(Math.pow(2, q) / (3 * (Math.pow(4, q) - 1)), Double.parseDouble(row.get(prediction)),
                    1e-12, row.toString());
        }
    }

    @Test
    void diagnosingAnAdaInitCellAddsTheLandscapeAndTheGradientDistribution() throws Exception {
        Path run = ReportRuns.offline(temp.resolve("run"));
        Row cell = TestSpark.session().read().parquet(run.resolve("cells").toString())
                .where("variant = 'adainit-embedded'").orderBy("cell_id").first();
        String id = cell.getAs("cell_id");
        cli("diagnose", "--out", run.toString(), "--cell", id, "--points", "5", "--data-dir",
                TinyGrid.dataDirectory());

        Report report = ReportBuilder.build(ResultTables.open(TestSpark.session(), run.toString()), "test");

        List<String> items = report.items().stream().map(ReportItem::id).toList();
        assertTrue(items.contains(ReportItem.slug("landscape", id)), items.toString());
        assertTrue(items.contains(ReportItem.slug("gradients", id)), items.toString());
        ReportItem landscape = report.items().stream().filter(i -> i.id().equals(ReportItem.slug("landscape", id)))
                .findFirst().orElseThrow();
        assertEquals(25, landscape.data().rows().size(), "a 5 × 5 slice");
    }

    private static void cli(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), String.join(" ", args) + ":\n" + run.out() + run.err());
    }
}
