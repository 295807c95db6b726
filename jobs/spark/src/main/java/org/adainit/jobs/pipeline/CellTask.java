package org.adainit.jobs.pipeline;

import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.adainit.jobs.outcome.CellStatus;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.tables.CommittedOutcomes;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * What an executor does with its partition (one group of cells, {@link TaskGroups}): run each cell and commit its
 * outcome before the next, so a finished cell survives whatever happens to the task, the executor or the driver
 * afterwards. Reports each finished cell in an accumulator, which the driver's progress lines read when the task ends.
 */
final class CellTask<C> implements FlatMapFunction<Iterator<List<C>>, String> {

    /** Runs one cell of a grid kind and encodes its outcome; a cell that cannot finish comes back failed. */
    @FunctionalInterface
    interface Work<C> extends Serializable {
        Commit run(C cell);
    }

    /** A cell's id, for the cells an earlier attempt committed. */
    @FunctionalInterface
    interface Id<C> extends Serializable {
        String of(C cell);
    }

    /**
     * A finished cell as the store keeps it.
     *
     * @param json what the store keeps
     * @param outcome what {@code json} encodes, kept for a driver in the same JVM ({@link CommittedOutcomes#remember})
     */
    record Commit(String cellId, CellStatus status, byte[] json, Object outcome) {}

    /** How a cell of the group ended, as the progress line says it. */
    enum Ending {
        OK("ok"),
        FAILED("FAILED"),
        /** Committed by an earlier attempt of the same task, so not run again. */
        KEPT("kept");

        final String label;

        Ending(String label) {
            this.label = label;
        }
    }

    /** A cell the task is done with, and its seconds from the start of its run to its commit (0 when kept). */
    record Finished(String cellId, Ending ending, double seconds) implements Serializable {}

    /**
     * Runs whose store refused a commit, with the failure, per executor JVM: their later cells are not computed, since
     * nothing could keep them (a full disk, a permission gone).
     */
    private static final Map<String, String> UNWRITABLE_RUNS = new ConcurrentHashMap<>();

    private final Work<C> work;
    private final Id<C> id;
    private final CellStore store;
    private final FinishedCells finished;
    private final String runId;

    CellTask(Work<C> work, Id<C> id, CellStore store, FinishedCells finished, String runId) {
        this.work = work;
        this.id = id;
        this.store = store;
        this.finished = finished;
        this.runId = runId;
    }

    /**
     * @return the commit failures of this partition (none normally); returned rather than thrown, because Spark logs
     *     the stack trace of every failed task
     */
    @Override
    public Iterator<String> call(Iterator<List<C>> groups) {
        // A retried task (its executor was lost, or a cell threw) skips what its earlier attempt committed: those
        // cells may have called a language model, whose replies cost money and would not come out the same.
        TaskContext context = TaskContext.get();
        boolean retry = context != null && context.attemptNumber() > 0;
        List<String> unwritable = new ArrayList<>();
        while (groups.hasNext()) {
            for (C cell : groups.next()) {
                String refused = runAndCommit(cell, retry);
                if (refused != null) {
                    unwritable.add(refused);
                }
            }
        }
        return unwritable.iterator();
    }

    /**
     * Runs {@code cell} and commits it, unless an earlier attempt of this task committed it already.
     *
     * @return why the run's store refused a commit (this cell's or an earlier one's), or null
     */
    private String runAndCommit(C cell, boolean retry) {
        String earlier = UNWRITABLE_RUNS.get(runId);
        if (earlier != null) {
            return earlier;
        }
        if (retry) {
            String cellId = id.of(cell);
            if (store.isDone(cellId)) {
                finished.add(new Finished(cellId, Ending.KEPT, 0));
                return null;
            }
        }
        long started = System.nanoTime();
        Commit commit = work.run(cell);
        String file;
        try {
            file = store.commit(commit.cellId(), commit.status(), commit.json());
        } catch (UncheckedIOException e) {
            UNWRITABLE_RUNS.putIfAbsent(runId, e.getMessage());
            return e.getMessage();
        }
        if (TaskPlace.inDriver()) {
            CommittedOutcomes.remember(store, file, commit.outcome());
        }
        finished.add(new Finished(commit.cellId(), commit.status() == CellStatus.FAILED ? Ending.FAILED : Ending.OK,
                (System.nanoTime() - started) / 1e9));
        return null;
    }
}
