package org.adainit.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.grid.GridJson;
import org.adainit.jobs.outcome.CellStatus;
import org.adainit.jobs.outcome.Provenance;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
import org.adainit.jobs.tables.ResultTable;
import org.adainit.jobs.spark.TestSpark;
import org.apache.spark.SparkExecutorInfo;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** Runs that stop part-way, or with failed cells, finish later with the tables of an uninterrupted run. */
class ResumeTest {

    @Test
    void anInterruptedRunResumesWithoutRecomputingFinishedCells() throws Exception {
        Path reference = TinyGrid.reference();
        SparkSession spark = TestSpark.session();
        Grid grid = TinyGrid.grid();
        int total = grid.cells().size();
        Path out = TinyGrid.freshDirectory("interrupted");

        RunInterruptedException stopped = assertThrows(RunInterruptedException.class, () -> TinyGrid.run(spark, grid,
                out, ScriptedRunners.interruptingAfter("interrupt", 5, TinyGrid.runner(grid)), new StringWriter()));
        assertTrue(stopped.getMessage().contains("run the same command again"), stopped.getMessage());
        awaitNoRunningTasks(spark);
        Map<String, CellStatus> committed = store(spark, out).reconcile();
        assertTrue(committed.size() >= 5 && committed.size() < total, "committed after the interruption: "
                + committed.size());
        assertTrue(committed.values().stream().allMatch(s -> s == CellStatus.OK));

        StringWriter output = new StringWriter();
        RunJob.Result resumed = TinyGrid.run(spark, grid, out,
                ScriptedRunners.counting("resume", TinyGrid.runner(grid)), output);
        assertEquals(total - committed.size(), ScriptedRunners.invocations("resume"), "only the missing cells ran");
        assertEquals(committed.size(), resumed.skipped());
        assertTrue(output.toString().contains(total + " cells, " + committed.size() + " already done"),
                output.toString());
        assertSameTables(spark, reference, out);
    }

    @Test
    void failedCellsAreRecordedTheGridGoesOnAndTheSameCommandRetriesOnlyThem() throws Exception {
        Path reference = TinyGrid.reference();
        SparkSession spark = TestSpark.session();
        Grid grid = TinyGrid.grid();
        String broken = grid.cells().get(1).id();
        Path out = TinyGrid.freshDirectory("failing");
        Provenance provenance = new Provenance("test", "unknown", grid.name(), GridJson.hash(grid));

        StringWriter output = new StringWriter();
        RunJob.Result first = TinyGrid.run(spark, grid, out, ScriptedRunners.failing(Set.of(broken),
                "endpoint unreachable (scripted)", provenance, TinyGrid.runner(grid)), output);
        assertEquals(List.of(broken), first.failedCells());
        assertTrue(output.toString().contains("1 cell failed:\n  " + broken + ": endpoint unreachable (scripted)"),
                output.toString());
        assertTrue(output.toString().contains("retry the failed cells"), output.toString());
        Row cell = RunJobTest.table(spark, out, ResultTable.CELLS).where("cell_id = '" + broken + "'").first();
        assertEquals("failed", cell.getAs("status"));
        assertEquals(grid.cells().size() - 1,
                RunJobTest.table(spark, out, ResultTable.CELLS).where("status = 'ok'").count());
        Row curve = RunJobTest.table(spark, out, ResultTable.CURVES)
                .where("variant = '" + grid.cells().get(1).method().label() + "' AND qubits = "
                        + grid.cells().get(1).qubits() + " AND layers = " + grid.cells().get(1).layers()).first();
        assertEquals(1, (int) curve.<Integer>getAs("failed"));
        assertEquals(grid.seeds().size() - 1, (int) curve.<Integer>getAs("n"));

        RunJob.Result retried = TinyGrid.run(spark, grid, out,
                ScriptedRunners.counting("retry", TinyGrid.runner(grid)), new StringWriter());
        assertEquals(1, ScriptedRunners.invocations("retry"));
        assertEquals(List.of(), retried.failedCells());
        assertSameTables(spark, reference, out);
    }

    static void assertSameTables(SparkSession spark, Path expected, Path actual) {
        for (ResultTable table : ResultTable.values()) {
            assertEquals(TinyGrid.reproducibleRows(spark, expected, table),
                    TinyGrid.reproducibleRows(spark, actual, table), table.tableName());
        }
    }

    /** A task killed with its job may still be finishing its cell; wait for it before counting commits. */
    private static void awaitNoRunningTasks(SparkSession spark) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            int running = 0;
            for (SparkExecutorInfo info : spark.sparkContext().statusTracker().getExecutorInfos()) {
                running += info.numRunningTasks();
            }
            if (running == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("tasks still running a minute after the job stopped");
    }

    private static CellStore store(SparkSession spark, Path out) {
        return new CellStore(ResultDirectory.open(out.toString(), spark.sparkContext().hadoopConfiguration()));
    }
}
