package org.adainit.jobs.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.adainit.jobs.grid.DiagnosticGrid;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.grid.GridDefinition;
import org.adainit.jobs.outcome.CellStatus;
import org.adainit.jobs.outcome.Provenance;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
import org.adainit.jobs.store.WriterLock;
import org.apache.spark.sql.SparkSession;

/**
 * The main job: expands a grid (of any kind) into cells, skips the cells already committed in the result directory,
 * runs the rest as one Spark task each (largest estimated cost first, so the longest cells never start last), and
 * (re)builds the tables from every committed cell. Each cell is committed by its executor the moment it finishes, so killing the
 * driver at any point loses only the cells then running, and the same command picks up where it stopped. One driver at a
 * time writes into a result directory ({@link WriterLock}).
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
     * A diagnostic grid to run.
     *
     * @param provenance the code and grid that produced the cells, recorded in every outcome
     */
    public record DiagnosticRequest(
            DiagnosticGrid grid, String gridSource, ResultDirectory directory, Provenance provenance, String command,
            Map<String, Object> manifestFields) {}

    /**
     * What a run did.
     *
     * @param skipped cells found committed as ok before the run
     * @param ran cells computed by this run
     * @param failedCells ids of the grid's cells that are not ok after the run
     */
    public record Result(int total, int skipped, int ran, List<String> failedCells) {}

    private final Supplier<SparkSession> spark;
    private final PrintWriter out;

    /** @param spark started only when there is something to compute or to rebuild */
    public RunJob(Supplier<SparkSession> spark, PrintWriter out) {
        this.spark = spark;
        this.out = out;
    }

    public Result run(Request request) {
        Map<String, Object> fields = new LinkedHashMap<>(request.manifestFields());
        fields.put("budget", request.grid().budget());
        return run(new AdaInitWorkload(request.grid(), request.runner()), request.gridSource(), request.directory(),
                request.command(), fields);
    }

    /** Runs a diagnostic grid (McClean's or Zhang's experiment) with the same commits, resume and report. */
    public Result run(DiagnosticRequest request) {
        return run(new DiagnosticWorkload(request.grid(), request.provenance()), request.gridSource(),
                request.directory(), request.command(), request.manifestFields());
    }

    private <C> Result run(Workload<C> work, String gridSource, ResultDirectory directory, String command,
            Map<String, Object> manifestFields) {
        try (WriterLock lock = WriterLock.acquire(directory, command)) {
            lock.tookOver().ifPresent(stale -> out.println("note: took over the lock of a run that is no longer "
                    + "running (" + stale + ")"));
            return runLocked(work, gridSource, directory, command, manifestFields);
        }
    }

    private <C> Result runLocked(Workload<C> work, String gridSource, ResultDirectory directory, String command,
            Map<String, Object> manifestFields) {
        GridDefinition grid = work.grid();
        Manifest manifest = Manifest.forGrid(directory, grid, gridSource);
        Object commit = manifestFields.get("git_commit");
        Set<String> earlier = manifest.runValues("git_commit");
        if (commit != null && !earlier.isEmpty() && !earlier.equals(Set.of(commit.toString()))) {
            // The grid is the same, the code may not be: say so, the cells keep their own commit in git_commit.
            out.println("note: earlier runs into " + directory.uri() + " started from " + String.join(", ", earlier)
                    + "; this one from " + commit + " (each cell records its commit in its git_commit column)");
        }
        CellStore store = new CellStore(directory);
        List<C> cells = work.cells();
        Map<String, CellStatus> committed = store.reconcile();
        List<C> pending = cells.stream().filter(c -> committed.get(work.id(c)) != CellStatus.OK).toList();
        Workload.Schedule<C> schedule = work.schedule(pending, gridSource);
        int skipped = cells.size() - pending.size();
        Map<String, Object> fields = new LinkedHashMap<>(manifestFields);
        fields.put("command", command);
        fields.put("cells_total", cells.size());
        fields.put("cells_to_run", pending.size());
        ObjectNode entry = manifest.startRun(fields);
        Aggregation aggregation = new Aggregation(directory, out, work.tables());
        if (pending.isEmpty()) {
            out.println("all " + cells.size() + " cells already done in " + directory.uri());
        } else {
            out.printf(Locale.ROOT, "grid %s: %d cells, %d already done, %d to run on %s (largest first)%n",
                    grid.name(), cells.size(), skipped, pending.size(), spark.get().sparkContext().master());
            out.flush();
            try (Aggregation.Preparation preparing = aggregation.prepare(spark.get())) {
                ScheduledTasks.run(spark.get().sparkContext(), out,
                        String.format(Locale.ROOT, "adainit run %s: %d of %d cells, largest first", grid.name(),
                                pending.size(), cells.size()),
                        schedule, schedule.cells().stream().map(work::id).toList(), skipped, cells.size(),
                        (finished, runId) -> new CellTask<>(work.work(), work.ids(), store, finished, runId));
            } catch (RunInterruptedException e) {
                throw interrupted(manifest, entry, e);
            }
        }
        Map<String, CellStatus> now = store.reconcile();
        if (!aggregation.printKept(store)) {
            try {
                aggregation.build(spark.get(), store, now);
            } catch (RuntimeException e) {
                throw interrupted(manifest, entry, e);
            }
        }
        aggregation.retryHint(now, command);
        List<String> failed = cells.stream().map(work::id).filter(id -> now.get(id) != CellStatus.OK).toList();
        manifest.finishRun(entry, "finished", Map.of("cells_run", pending.size(), "cells_failed", failed.size()));
        return new Result(cells.size(), skipped, pending.size(), failed);
    }

    /** Records in the manifest that this run stopped on {@code e}, and returns {@code e} to be rethrown. */
    private static RuntimeException interrupted(Manifest manifest, ObjectNode entry, RuntimeException e) {
        try {
            manifest.finishRun(entry, "interrupted", Map.of("error", String.valueOf(e.getMessage())));
        } catch (RuntimeException unrecorded) {
            // The store that stopped the run may refuse this too; the run's own failure says more.
            e.addSuppressed(unrecorded);
        }
        return e;
    }
}
