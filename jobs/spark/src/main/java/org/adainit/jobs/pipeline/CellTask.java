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
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.LongAccumulator;

/**
 * What an executor does with its partition (one cell): run it and commit its outcome before reporting back, so a
 * finished cell survives whatever happens to the driver afterwards. Counts failed cells in an accumulator, which the
 * driver's progress lines read.
 */
final class CellTask<C> implements FlatMapFunction<Iterator<C>, String> {

    /** Runs one cell of a grid kind and encodes its outcome; a cell that cannot finish comes back failed. */
    @FunctionalInterface
    interface Work<C> extends Serializable {
        Commit run(C cell);
    }

    /** A finished cell as the store keeps it. */
    record Commit(String cellId, CellStatus status, byte[] outcome) {}

    /**
     * Runs whose store refused a commit, with the failure, per executor JVM: their later cells are not computed, since
     * nothing could keep them (a full disk, a permission gone).
     */
    private static final Map<String, String> UNWRITABLE_RUNS = new ConcurrentHashMap<>();

    private final Work<C> work;
    private final CellStore store;
    private final LongAccumulator failures;
    private final String runId;

    CellTask(Work<C> work, CellStore store, LongAccumulator failures, String runId) {
        this.work = work;
        this.store = store;
        this.failures = failures;
        this.runId = runId;
    }

    /**
     * @return the commit failures of this partition (none normally); returned rather than thrown, because Spark logs
     *     the stack trace of every failed task
     */
    @Override
    public Iterator<String> call(Iterator<C> cells) {
        List<String> unwritable = new ArrayList<>();
        while (cells.hasNext()) {
            C cell = cells.next();
            String earlier = UNWRITABLE_RUNS.get(runId);
            if (earlier != null) {
                unwritable.add(earlier);
                continue;
            }
            Commit commit = work.run(cell);
            try {
                store.commit(commit.cellId(), commit.status(), commit.outcome());
            } catch (UncheckedIOException e) {
                UNWRITABLE_RUNS.putIfAbsent(runId, e.getMessage());
                unwritable.add(e.getMessage());
                continue;
            }
            if (commit.status() == CellStatus.FAILED) {
                failures.add(1);
            }
        }
        return unwritable.iterator();
    }
}
