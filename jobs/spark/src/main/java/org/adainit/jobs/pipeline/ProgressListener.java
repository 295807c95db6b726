package org.adainit.jobs.pipeline;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.Success$;
import org.apache.spark.TaskFailedReason;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Prints one line per finished cell on the driver: cells done out of the grid's total, the cell, its time, the rate
 * of this run and an ETA. The ETA divides the estimated cost still to run by the estimated cost finished per second so
 * far, so large cells scheduled first do not make it look too pessimistic later (or the reverse). The cells of a task
 * ({@link TaskGroups}) are printed when the task ends, from the accumulator its cells were reported in.
 */
final class ProgressListener extends SparkListener {

    /** Spark local property that marks the jobs of one run. */
    static final String RUN_PROPERTY = "adainit.run";

    private final String runId;
    private final List<TaskGroups.Group> groups;
    private final List<String> scheduled;
    private final Map<String, Double> estimatedCost = new HashMap<>();
    private final long finishedAccumulatorId;
    private final int alreadyDone;
    private final int total;
    private final PrintWriter out;
    private final long startNanos = System.nanoTime();
    private final double totalCost;
    private final Set<Integer> stages = new HashSet<>();
    private int finishedTasks;
    private int finished;
    private int failed;
    private double finishedCost;

    /**
     * @param groups the tasks, as ranges of the schedule (partition i runs group i)
     * @param scheduled the ids of the cells in schedule order
     * @param estimatedCost relative cost of each scheduled cell, same order
     */
    ProgressListener(String runId, List<TaskGroups.Group> groups, List<String> scheduled, double[] estimatedCost,
            long finishedAccumulatorId, int alreadyDone, int total, PrintWriter out) {
        this.runId = runId;
        this.groups = groups;
        this.scheduled = scheduled;
        this.finishedAccumulatorId = finishedAccumulatorId;
        this.alreadyDone = alreadyDone;
        this.total = total;
        this.out = out;
        double sum = 0;
        for (int i = 0; i < estimatedCost.length; i++) {
            this.estimatedCost.put(scheduled.get(i), estimatedCost[i]);
            sum += estimatedCost[i];
        }
        this.totalCost = sum;
    }

    @Override
    public synchronized void onJobStart(SparkListenerJobStart jobStart) {
        if (jobStart.properties() != null && runId.equals(jobStart.properties().getProperty(RUN_PROPERTY))) {
            for (Object stage : CollectionConverters.asJava(jobStart.stageIds())) {
                stages.add((Integer) stage);
            }
        }
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        if (!stages.contains(taskEnd.stageId())) {
            return;
        }
        TaskGroups.Group group = groups.get(taskEnd.taskInfo().index());
        if (taskEnd.reason() != Success$.MODULE$) {
            String reason = taskEnd.reason() instanceof TaskFailedReason failure
                    ? failure.toErrorString().lines().findFirst().orElse("")
                    : taskEnd.reason().toString();
            int others = group.to() - group.from() - 1;
            out.printf(Locale.ROOT, "        lost   %s%s: %s%n", scheduled.get(group.from()),
                    others == 0 ? "" : " and the " + others + " other cells of its task", reason);
            out.flush();
            return;
        }
        for (CellTask.Finished cell : finishedIn(taskEnd)) {
            finished++;
            failed += cell.ending() == CellTask.Ending.FAILED ? 1 : 0;
            finishedCost += estimatedCost.getOrDefault(cell.cellId(), 0.0);
            double elapsed = (System.nanoTime() - startNanos) / 1e9;
            double perMinute = finished / elapsed * 60;
            double eta = finishedCost > 0 ? (totalCost - finishedCost) * elapsed / finishedCost : Double.NaN;
            int width = String.valueOf(total).length();
            out.printf(Locale.ROOT, "[%" + width + "d/%d] %-6s %-44s %7.1f s | %.1f cells/min | ETA %s%s%n",
                    alreadyDone + finished, total, cell.ending().label, cell.cellId(), cell.seconds(), perMinute,
                    duration(eta), failed > 0 ? " | " + failed + " failed" : "");
        }
        out.flush();
        finishedTasks++;
        notifyAll();
    }

    /**
     * Waits (at most {@code timeoutMillis}) until {@code tasks} tasks were printed as finished: Spark delivers task
     * ends asynchronously, and the summary should come after the last progress line.
     */
    synchronized void awaitFinished(int tasks, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (finishedTasks < tasks && System.currentTimeMillis() < deadline) {
            try {
                wait(Math.max(1, deadline - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The cells the task reported in the accumulator, in the order they finished. */
    private List<CellTask.Finished> finishedIn(SparkListenerTaskEnd taskEnd) {
        for (AccumulableInfo info : CollectionConverters.asJava(taskEnd.taskInfo().accumulables())) {
            if (info.id() == finishedAccumulatorId && info.update().isDefined()) {
                List<CellTask.Finished> cells = new ArrayList<>();
                for (Object cell : (List<?>) info.update().get()) {
                    cells.add((CellTask.Finished) cell);
                }
                return cells;
            }
        }
        return List.of();
    }

    static String duration(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "?";
        }
        Duration d = Duration.ofSeconds(Math.round(seconds));
        if (d.toHours() > 0) {
            return String.format(Locale.ROOT, "%dh%02dm", d.toHours(), d.toMinutesPart());
        }
        return String.format(Locale.ROOT, "%dm%02ds", d.toMinutes(), d.toSecondsPart());
    }
}
