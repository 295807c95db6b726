package org.adainit.jobs.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * Runs the schedule as Spark tasks in its order, one group of cells each ({@link TaskGroups}; one partition per group,
 * and Spark hands out tasks in partition order, so the largest cells go first), with a progress line per finished
 * cell, for every kind of grid. The task function commits each cell itself and reports it in the accumulator it is
 * given.
 */
final class ScheduledTasks {

    /** How long the summary waits for the last progress lines, which Spark's listener bus delivers late. */
    static final long DRAIN_MILLIS = 10_000;

    private ScheduledTasks() {}

    /**
     * @param schedule the cells in schedule order, their estimated seconds and which need a task of their own
     * @param ids their ids, same order
     * @param task builds the executor-side function from the accumulator of finished cells and the run's id; it
     *     returns the failures to commit, which stop the run
     * @throws RunInterruptedException when Spark gives up before every cell finished
     */
    static <T> void run(SparkContext sc, PrintWriter out, String description, Workload.Schedule<T> schedule,
            List<String> ids, int skipped, int total,
            BiFunction<FinishedCells, String, FlatMapFunction<Iterator<List<T>>, String>> task) {
        List<TaskGroups.Group> groups = TaskGroups.of(schedule.costs(), schedule.ownTask(), sc.defaultParallelism());
        List<List<T>> partitions = groups.stream()
                .map(group -> List.copyOf(schedule.cells().subList(group.from(), group.to())))
                .toList();
        FinishedCells finished = new FinishedCells();
        sc.register(finished, "adainit finished cells");
        String runId = UUID.randomUUID().toString();
        ProgressListener progress = new ProgressListener(runId, groups, ids, schedule.costs(), finished.id(), skipped,
                total, out);
        sc.addSparkListener(progress);
        sc.setLocalProperty(ProgressListener.RUN_PROPERTY, runId);
        sc.setJobDescription(description);
        List<String> unwritable;
        try {
            unwritable = JavaSparkContext.fromSparkContext(sc)
                    .parallelize(partitions, partitions.size())
                    .mapPartitions(task.apply(finished, runId))
                    .collect();
            progress.awaitFinished(partitions.size(), DRAIN_MILLIS);
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
        if (!unwritable.isEmpty()) {
            throw new RunInterruptedException("the run stopped: " + unwritable.get(0) + "; the cells committed "
                    + "before are kept: run the same command again once the result directory can be written",
                    new UncheckedIOException(unwritable.get(0), new IOException(unwritable.get(0))));
        }
    }
}
