package org.adainit.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.grid.GridJson;
import org.adainit.jobs.outcome.CellStatus;
import org.adainit.jobs.outcome.Provenance;
import org.adainit.jobs.store.CellStore;
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
        TinyGrid.assertSameTables(spark, reference, out);
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
        Map<String, String> progress = progressLines(output.toString());
        assertEquals(grid.cells().stream().map(Cell::id).collect(Collectors.toSet()), progress.keySet(),
                "one progress line per cell: " + output);
        assertEquals("FAILED", progress.get(broken));
        assertEquals(Set.of("ok"), progress.entrySet().stream().filter(e -> !e.getKey().equals(broken))
                .map(Map.Entry::getValue).collect(Collectors.toSet()));
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
        TinyGrid.assertSameTables(spark, reference, out);
    }

    @Test
    void aRetriedTaskKeepsTheCellsItsFirstAttemptCommitted() throws Exception {
        // Spark retries a failed task once in local[2,2]; the failure is thrown from the second cell of a shared task.
        SparkSession spark = TestSpark.session("local[2,2]");
        Grid grid = TinyGrid.grid();
        CellRunner runner = TinyGrid.runner(grid);
        Workload.Schedule<Cell> schedule = new AdaInitWorkload(grid, runner).schedule(grid.cells(), "tiny.yaml");
        TaskGroups.Group shared = TaskGroups.of(schedule.costs(), schedule.ownTask(), 2).stream()
                .filter(group -> group.to() - group.from() >= 2)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the tiny grid has no task of two cells"));
        String kept = schedule.cells().get(shared.from()).id();
        String thrower = schedule.cells().get(shared.from() + 1).id();
        Path out = TinyGrid.freshDirectory("retried-task");

        StringWriter output = new StringWriter();
        RunJob.Result result = TinyGrid.run(spark, grid, out, ScriptedRunners.counting("retried-task",
                ScriptedRunners.throwingOnce("retried-task-thrown", thrower, runner)), output);

        assertEquals(List.of(), result.failedCells());
        assertEquals(grid.cells().size() + 1, ScriptedRunners.invocations("retried-task"),
                "every cell ran once, the one that threw twice; the cell before it was not run again");
        assertTrue(output.toString().contains("lost   " + kept + " and the "), output.toString());
        Map<String, String> progress = progressLines(output.toString());
        assertEquals(grid.cells().size(), progress.size(), output.toString());
        assertEquals("kept", progress.get(kept));
        assertEquals("ok", progress.get(thrower));
        Map<String, CellStatus> committed = store(spark, out).reconcile();
        assertEquals(grid.cells().size(), committed.size());
        assertTrue(committed.values().stream().allMatch(s -> s == CellStatus.OK));
    }

    /** The run's progress lines, as the status each gives its cell. */
    private static Map<String, String> progressLines(String output) {
        Map<String, String> statuses = new TreeMap<>();
        Matcher line = Pattern.compile("(?m)^\\[ *\\d+/\\d+\\] (\\S+) +(\\S+) ").matcher(output);
        while (line.find()) {
            assertNull(statuses.put(line.group(2), line.group(1)), "two lines for " + line.group(2));
        }
        return statuses;
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
        return new CellStore(TinyGrid.directory(spark, out));
    }
}
