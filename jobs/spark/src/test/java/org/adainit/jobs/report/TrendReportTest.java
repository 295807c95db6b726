package org.adainit.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adainit.jobs.spark.TestSpark;
import org.adainit.jobs.tables.DerivedTablesFixture;
import org.adainit.jobs.tables.IterationsTable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's words follow the data: cells with a falling, a rising and a flat series go through the real
 * aggregation (curves, slopes, comparisons) and the real report, and each series gets the sentence its fitted slope
 * and interval allow; the findings mark a decay reproduced on one dataset and not on the other.
 */
class TrendReportTest {

    /** Per-seed factors: the spread around each series' trend, the same at every N. */
    private static final double[] NOISE = {1.5, 0.6, 1.1, 0.8, 1.3};

    private static final StructType CELLS = new StructType()
            .add("cell_id", DataTypes.StringType).add("dataset", DataTypes.StringType)
            .add("prior", DataTypes.StringType).add("qubits", DataTypes.IntegerType)
            .add("layers", DataTypes.IntegerType).add("seed", DataTypes.IntegerType)
            .add("method", DataTypes.StringType).add("variant", DataTypes.StringType)
            .add("generator", DataTypes.StringType).add("prompt_variant", DataTypes.StringType)
            .add("temperature", DataTypes.DoubleType).add("top_p", DataTypes.DoubleType)
            .add("status", DataTypes.StringType).add("variance", DataTypes.DoubleType)
            .add("fallback", DataTypes.BooleanType).add("model", DataTypes.StringType)
            .add("cell_seed", DataTypes.LongType).add("validation_accuracy", DataTypes.DoubleType)
            .add("test_accuracy", DataTypes.DoubleType);

    @TempDir
    static Path temp;

    private static Report report;

    @BeforeAll
    static void buildReport() {
        SparkSession spark = TestSpark.session();
        List<Row> rows = new ArrayList<>();
        for (int n = 2; n <= 8; n += 2) {
            for (int seed = 0; seed < NOISE.length; seed++) {
                // Iris: Classic falls (×e^−0.7 per qubit), Ours rises (×e^0.3), the random control is flat.
                rows.add(cell("iris", n, seed, "classic", null, Math.exp(-0.7 * n) * NOISE[seed], false));
                rows.add(cell("iris", n, seed, "adainit", "embedded", Math.exp(0.3 * n) * NOISE[seed],
                        n == 2 && seed < 3));
                rows.add(cell("iris", n, seed, "adainit", "random", 1e-3 * NOISE[seed], false));
                // Wine: Classic rises, so the decay claim is not reproduced there.
                rows.add(cell("wine", n, seed, "classic", null, Math.exp(0.2 * n) * NOISE[seed], false));
                rows.add(cell("wine", n, seed, "adainit", "embedded", Math.exp(0.4 * n) * NOISE[seed], false));
            }
        }
        Path out = temp.resolve("trends");
        spark.createDataFrame(rows, CELLS).coalesce(1).write().mode(SaveMode.Overwrite)
                .parquet(out.resolve("cells").toString());
        spark.createDataFrame(List.of(), IterationsTable.SCHEMA).write().mode(SaveMode.Overwrite)
                .parquet(out.resolve("iterations").toString());
        DerivedTablesFixture.derive(spark, out);
        report = ReportBuilder.build(ResultTables.open(spark, out.toString()), "test");
    }

    private static Row cell(String dataset, int n, int seed, String method, String generator, double variance,
            boolean fallback) {
        String variant = generator == null ? method : method + "-" + generator;
        String id = String.join(".", dataset, "uniform", "n" + n, "l2", "s" + seed, variant);
        return RowFactory.create(id, dataset, "uniform", n, 2, seed, method, variant, generator, null, null, null,
                "ok", variance, fallback, null, (long) id.hashCode(), 0.5, 0.5);
    }

    @Test
    void eachSeriesGetsTheSentenceItsSlopeAllows() {
        String caption = item("fig3", "fig3-qubits-iris-uniform-l2").caption();
        assertTrue(caption.contains("Classic falls by a factor of 2.01 per qubit (ln-slope −0.7 ± "), caption);
        assertTrue(caption.contains("; theory −0.693)"), caption);
        assertTrue(caption.contains("Ours, embedded sampler (not an LLM) rises by a factor of 1.35 per qubit "
                + "(ln-slope +0.3 ± "), caption);
        assertTrue(caption.contains("Random best-of-T (same-budget control, not an LLM) shows no significant trend "
                + "with the qubit count (ln-slope "), caption);
        assertTrue(caption.contains("the interval contains 0)."), caption);
        assertFalse(caption.contains("Classic rises") || caption.contains("Classic shows no"), caption);
        assertTrue(caption.contains("Fallback cells in this panel: 3."), caption);
    }

    @Test
    void theRatioPanelPlotsOursOverTheControlAndSaysWhetherTheGapGrows() {
        ReportItem ratio = item("fig3", "fig3-qubits-iris-uniform-l2-ratio");
        assertTrue(ratio.figure().isPresent());
        assertTrue(ratio.caption().contains("Ours, embedded sampler (not an LLM) / Random best-of-T (same-budget "
                + "control, not an LLM) = "), ratio.caption());
        assertTrue(ratio.caption().contains("20/20 wins"), ratio.caption());
        // ln(Ours/Classic) rises by 0.3 + 0.7 = 1.0 per qubit, exactly (the noise cancels in each pair).
        assertTrue(ratio.caption().contains("The ratio Ours, embedded sampler (not an LLM) / Classic rises by a factor "
                + "of 2.72 per qubit"), ratio.caption());
    }

    @Test
    void findingsMarkEachClaimFromItsInterval() {
        ReportItem findings = item("findings", "findings-claims");
        QueryResult table = findings.data();
        assertEquals("reproduced", verdict(table, "Classic's variance decays with the qubit count N", "iris"));
        assertEquals("not reproduced", verdict(table, "Classic's variance decays with the qubit count N", "wine"));
        assertEquals("reproduced", verdict(table, "Ours keeps a higher variance than Classic", "iris"));
        assertEquals("reproduced", verdict(table, "The gap Ours/Classic grows with the size", "wine"));
        assertTrue(findings.caption().contains("Not run in this run (no cells for it): Classic's variance decays with "
                + "the layer count L;"), findings.caption());
        assertTrue(findings.caption().contains("The full prompt beats each ablation (Fig. 4)"), findings.caption());
    }

    private static String verdict(QueryResult table, String claim, String dataset) {
        List<String> verdicts = table.rows().stream()
                .filter(r -> claim.equals(table.text(r, "claim")) && dataset.equals(table.text(r, "dataset")))
                .map(r -> table.text(r, "verdict")).toList();
        assertEquals(1, verdicts.size(), claim + " / " + dataset + ": " + table.rows());
        return verdicts.get(0);
    }

    private static ReportItem item(String section, String id) {
        ReportSection found = report.sections().stream().filter(s -> s.id().equals(section)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + section + "; left out: " + report.leftOut()));
        return found.items().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + id + " in " + found.items().stream()
                        .map(ReportItem::id).toList()));
    }
}
