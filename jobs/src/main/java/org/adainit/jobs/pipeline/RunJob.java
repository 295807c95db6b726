package org.adainit.jobs.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.outcome.CellStatus;
import org.adainit.jobs.plan.CellEstimate;
import org.adainit.jobs.plan.CostModel;
import org.adainit.jobs.plan.Plan;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * The main job: expands a grid into cells, skips the cells already committed in the result directory, runs the rest
 * as one Spark task each (largest estimated cost first, so the longest cells never start last), and (re)builds the
 * tables from every committed cell. Each cell is committed by its executor the moment it finishes, so killing the
 * driver at any point loses only the cells then running, and the same command picks up where it stopped.
 */
public final class RunJob {

    /**
     * What to run.
     *
     * @param gridSource the grid file as given on the command line, recorded in the manifest
     * @param command the command line, recorded in the manifest and printed as the way to retry failed cells
     * @param manifestFields further facts about this run for the manifest (versions, master, overrides)
     */
    public record Request(
            Grid grid, String gridSource, ResultDirectory directory, CellRunner runner, String command,
            Map<String, Object> manifestFields) {}

    /**
     * What a run did.
     *
     * @param skipped cells found committed as ok before the run
     * @param ran cells computed by this run
     * @param failedCells ids of the grid's cells that are not ok after the run
     */
    public record Result(int total, int skipped, int ran, List<String> failedCells) {}

    /** How long the summary waits for the last progress lines, which Spark's listener bus delivers late. */
    static final long DRAIN_MILLIS = 10_000;

    private final Supplier<SparkSession> spark;
    private final PrintWriter out;

    /** @param spark started only when there is something to compute or to rebuild */
    public RunJob(Supplier<SparkSession> spark, PrintWriter out) {
        this.spark = spark;
        this.out = out;
    }

    public Result run(Request request) {
        Grid grid = request.grid();
        ResultDirectory directory = request.directory();
        Manifest manifest = Manifest.forGrid(directory, grid, request.gridSource());
        CellStore store = new CellStore(directory);
        List<Cell> cells = grid.cells();
        Map<String, CellStatus> committed = store.reconcile();
        List<Cell> pending = cells.stream().filter(c -> committed.get(c.id()) != CellStatus.OK).toList();
        Plan plan = Plan.of(grid, pending, CostModel.nominal());
        plan.requireWithin(grid.budget(), request.gridSource());
        int skipped = cells.size() - pending.size();
        Map<String, Object> fields = new LinkedHashMap<>(request.manifestFields());
        fields.put("command", request.command());
        fields.put("cells_total", cells.size());
        fields.put("cells_to_run", pending.size());
        ObjectNode entry = manifest.startRun(fields);
        Aggregation aggregation = new Aggregation(directory, out);
        if (pending.isEmpty()) {
            out.println("all " + cells.size() + " cells already done in " + directory.uri());
        } else {
            out.printf(Locale.ROOT, "grid %s: %d cells, %d already done, %d to run on %s (largest first)%n",
                    grid.name(), cells.size(), skipped, pending.size(), spark.get().sparkContext().master());
            out.flush();
            try {
                execute(grid, request.runner(), store, plan.largestFirst(), skipped, cells.size());
            } catch (RunInterruptedException e) {
                manifest.finishRun(entry, "interrupted", Map.of("error", e.getMessage()));
                throw e;
            }
        }
        Map<String, CellStatus> now = store.reconcile();
        if (!aggregation.printKept(now)) {
            aggregation.build(spark.get(), store, now);
        }
        aggregation.retryHint(now, request.command());
        List<String> failed = cells.stream().map(Cell::id).filter(id -> now.get(id) != CellStatus.OK).toList();
        manifest.finishRun(entry, "finished", Map.of("cells_run", pending.size(), "cells_failed", failed.size()));
        return new Result(cells.size(), skipped, pending.size(), failed);
    }

    private void execute(
            Grid grid, CellRunner runner, CellStore store, List<CellEstimate> schedule, int skipped, int total) {
        List<Cell> ordered = new ArrayList<>();
        double[] costs = new double[schedule.size()];
        for (int i = 0; i < schedule.size(); i++) {
            ordered.add(schedule.get(i).cell());
            costs[i] = schedule.get(i).simulatorSeconds();
        }
        SparkContext sc = spark.get().sparkContext();
        LongAccumulator failures = sc.longAccumulator("adainit failed cells");
        String runId = UUID.randomUUID().toString();
        ProgressListener progress =
                new ProgressListener(runId, ordered, costs, failures.id(), skipped, total, out);
        sc.addSparkListener(progress);
        sc.setLocalProperty(ProgressListener.RUN_PROPERTY, runId);
        sc.setJobDescription(String.format(Locale.ROOT, "adainit run %s: %d of %d cells, largest first",
                grid.name(), ordered.size(), total));
        try {
            // One partition per cell, in schedule order: Spark hands out tasks in partition order.
            JavaSparkContext.fromSparkContext(sc)
                    .parallelize(ordered, ordered.size())
                    .mapPartitions(new CellTask(runner, store, failures))
                    .collect();
            progress.awaitFinished(ordered.size(), DRAIN_MILLIS);
        } catch (Exception e) {
            String reason = e.getMessage() == null
                    ? e.getClass().getName()
                    : e.getMessage().lines().findFirst().orElse("");
            throw new RunInterruptedException("the run stopped before all cells finished (" + reason + "); the "
                    + "cells that finished are committed: run the same command again to continue", e);
        } finally {
            sc.setLocalProperty(ProgressListener.RUN_PROPERTY, null);
            sc.setJobDescription(null);
            sc.removeSparkListener(progress);
        }
    }
}
