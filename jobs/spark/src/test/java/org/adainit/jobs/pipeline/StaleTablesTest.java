package org.adainit.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.input.InputException;
import org.adainit.jobs.outcome.CellStatus;
import org.adainit.jobs.spark.TestSpark;
import org.adainit.jobs.sql.ResultViews;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
import org.adainit.jobs.tables.AdaInitTables;
import org.adainit.jobs.tables.ResultTable;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** Tables that no longer reflect the committed cells are rebuilt by the next run and refused by the SQL views. */
class StaleTablesTest {

    @Test
    void aCellRecomputedWithAnotherResultAfterTheBuildIsInTheNextRunsTables() throws Exception {
        SparkSession spark = TestSpark.session();
        Grid grid = TinyGrid.grid();
        Path out = TinyGrid.copyOfReference("recomputed");
        String cellId = grid.cells().get(0).id();
        Path file = out.resolve("_cells").resolve(cellId + ".ok.json");
        // What a recomputation with other code (or another LLM reply) leaves: same cell id and status, new content.
        ObjectMapper json = new ObjectMapper();
        ObjectNode outcome = (ObjectNode) json.readTree(file.toFile());
        ((ObjectNode) outcome.get("selection")).put("variance", 0.125);
        new CellStore(directory(out)).commit(cellId, CellStatus.OK, json.writeValueAsBytes(outcome));

        InputException refused = assertThrows(InputException.class,
                () -> ResultViews.namedBy("SELECT * FROM cells", directory(out)));
        assertTrue(refused.getMessage().contains("1 cell was committed, recomputed or removed since the tables were "
                + "built (e.g. " + cellId + ".ok.json)"), refused.getMessage());

        StringWriter output = new StringWriter();
        RunJob.Result result = TinyGrid.run(spark, grid, out,
                ScriptedRunners.counting("recomputed", TinyGrid.runner(grid)), output);
        assertEquals(0, result.ran());
        assertFalse(output.toString().contains("are up to date"), output.toString());
        assertEquals(0.125, RunJobTest.table(spark, out, ResultTable.CELLS).where("cell_id = '" + cellId + "'")
                .first().<Double>getAs("variance"), 0.0);
        assertEquals(List.of("cells", "epochs"),
                ResultViews.namedBy("SELECT * FROM cells JOIN epochs USING (cell_id)", directory(out)));
    }

    @Test
    void aCorruptCellFailsTheRebuildWithoutTouchingTheTablesWhichThenReadAsStale() throws Exception {
        SparkSession spark = TestSpark.session();
        Path out = TinyGrid.copyOfReference("corrupt");
        long cellsBefore = RunJobTest.table(spark, out, ResultTable.CELLS).count();
        Path victim;
        try (Stream<Path> files = Files.list(out.resolve("_cells"))) {
            victim = files.filter(p -> p.toString().endsWith(".ok.json")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(victim, "{\"cell\": {\"id\": ");
        ResultDirectory directory = directory(out);
        Aggregation aggregation = new Aggregation(directory, new PrintWriter(new StringWriter()),
                new AdaInitTables());
        CellStore store = new CellStore(directory);

        LongAdder failedTasks = new LongAdder();
        SparkListener listener = new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
                if (!(taskEnd.reason() instanceof Success$)) {
                    failedTasks.increment();
                }
            }
        };
        spark.sparkContext().addSparkListener(listener);
        InputException failed;
        try {
            failed = assertThrows(InputException.class, () -> aggregation.build(spark, store, store.reconcile()));
            spark.sparkContext().listenerBus().waitUntilEmpty();
        } finally {
            spark.sparkContext().removeSparkListener(listener);
        }
        // A truncated file no longer matches the checksum the file system keeps beside it.
        assertTrue(failed.getMessage().startsWith(store.location(victim.getFileName().toString())
                + ": cannot be read (Checksum error"), failed.getMessage());
        assertTrue(failed.getMessage().endsWith("delete the file and run again to recompute that cell"),
                failed.getMessage());
        assertEquals(1, failed.getMessage().lines().count(), failed.getMessage());
        assertEquals(0, failedTasks.sum(), "no Spark task failed, so Spark logged no stack trace");
        assertEquals(cellsBefore, RunJobTest.table(spark, out, ResultTable.CELLS).count(),
                "the tables of the last good build are left in place");
        assertFalse(Files.exists(out.resolve(Aggregation.STAGING)), "no half-built tables left behind");
        InputException refused = assertThrows(InputException.class,
                () -> ResultViews.namedBy("SELECT * FROM cells", directory));
        assertTrue(refused.getMessage().contains("are not current: 1 cell was committed, recomputed or removed"),
                refused.getMessage());
    }

    @Test
    void aTableOverwrittenByAnotherProgramIsReportedByName() throws Exception {
        SparkSession spark = TestSpark.session();
        Path out = TinyGrid.copyOfReference("overwritten");
        spark.sql("SELECT 1 AS x").write().mode("overwrite").parquet(out.resolve("curves").toString());
        InputException refused = assertThrows(InputException.class,
                () -> ResultViews.namedBy("SELECT * FROM cells", directory(out)));
        assertTrue(refused.getMessage().contains("table curves was changed after it was built"),
                refused.getMessage());
        Files.delete(out.resolve("_tables_built_from.txt"));
        refused = assertThrows(InputException.class,
                () -> ResultViews.namedBy("SELECT * FROM cells", directory(out)));
        assertTrue(refused.getMessage().contains("the tables were not built, or their last build failed or was "
                + "stopped"), refused.getMessage());
    }

    private static ResultDirectory directory(Path out) {
        return TinyGrid.directory(TestSpark.session(), out);
    }
}
