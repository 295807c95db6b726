package org.adainit.jobs.pipeline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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

    private final Work<C> work;
    private final CellStore store;
    private final LongAccumulator failures;

    CellTask(Work<C> work, CellStore store, LongAccumulator failures) {
        this.work = work;
        this.store = store;
        this.failures = failures;
    }

    @Override
    public Iterator<String> call(Iterator<C> cells) {
        List<String> done = new ArrayList<>();
        while (cells.hasNext()) {
            Commit commit = work.run(cells.next());
            store.commit(commit.cellId(), commit.status(), commit.outcome());
            if (commit.status() == CellStatus.FAILED) {
                failures.add(1);
            }
            done.add(commit.cellId());
        }
        return done.iterator();
    }
}
