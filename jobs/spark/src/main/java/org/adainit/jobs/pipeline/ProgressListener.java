package org.adainit.jobs.pipeline;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 * far, so large cells scheduled first do not make it look too pessimistic later (or the reverse).
 */
final class ProgressListener extends SparkListener {

    /** Spark local property that marks the jobs of one run. */
    static final String RUN_PROPERTY = "adainit.run";

    private final String runId;
    private final List<String> scheduled;
    private final double[] estimatedCost;
    private final long failureAccumulatorId;
    private final int alreadyDone;
    private final int total;
    private final PrintWriter out;
    private final long startNanos = System.nanoTime();
    private final double totalCost;
    private final Set<Integer> stages = new HashSet<>();
    private int finished;
    private int failed;
    private double finishedCost;

    /**
     * @param scheduled the ids of the cells in partition order (partition i runs cell i)
     * @param estimatedCost relative cost of each scheduled cell, same order
     */
    ProgressListener(String runId, List<String> scheduled, double[] estimatedCost, long failureAccumulatorId,
            int alreadyDone, int total, PrintWriter out) {
        this.runId = runId;
        this.scheduled = scheduled;
        this.estimatedCost = estimatedCost;
        this.failureAccumulatorId = failureAccumulatorId;
        this.alreadyDone = alreadyDone;
        this.total = total;
        this.out = out;
        double sum = 0;
        for (double c : estimatedCost) {
            sum += c;
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
        int index = taskEnd.taskInfo().index();
        String cell = scheduled.get(index);
        if (taskEnd.reason() != Success$.MODULE$) {
            String reason = taskEnd.reason() instanceof TaskFailedReason failure
                    ? failure.toErrorString().lines().findFirst().orElse("")
                    : taskEnd.reason().toString();
            out.printf(Locale.ROOT, "        lost   %s: %s%n", cell, reason);
            out.flush();
            return;
        }
        boolean cellFailed = failedIn(taskEnd);
        finished++;
        notifyAll();
        failed += cellFailed ? 1 : 0;
        finishedCost += estimatedCost[index];
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        double perMinute = finished / elapsed * 60;
        double eta = finishedCost > 0 ? (totalCost - finishedCost) * elapsed / finishedCost : Double.NaN;
        int width = String.valueOf(total).length();
        out.printf(Locale.ROOT, "[%" + width + "d/%d] %-6s %-44s %7.1f s | %.1f cells/min | ETA %s%s%n",
                alreadyDone + finished, total, cellFailed ? "FAILED" : "ok", cell,
                taskEnd.taskInfo().duration() / 1000.0, perMinute, duration(eta),
                failed > 0 ? " | " + failed + " failed" : "");
        out.flush();
    }

    /**
     * Waits (at most {@code timeoutMillis}) until {@code tasks} cells were printed as finished: Spark delivers task
     * ends asynchronously, and the summary should come after the last progress line.
     */
    synchronized void awaitFinished(int tasks, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (finished < tasks && System.currentTimeMillis() < deadline) {
            try {
                wait(Math.max(1, deadline - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean failedIn(SparkListenerTaskEnd taskEnd) {
        for (AccumulableInfo info : CollectionConverters.asJava(taskEnd.taskInfo().accumulables())) {
            if (info.id() == failureAccumulatorId && info.update().isDefined()) {
                return ((Number) info.update().get()).longValue() > 0;
            }
        }
        return false;
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
