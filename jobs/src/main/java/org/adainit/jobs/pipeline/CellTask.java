package org.adainit.jobs.pipeline;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.outcome.CellOutcome;
import org.adainit.jobs.outcome.CellStatus;
import org.adainit.jobs.outcome.OutcomeJson;
import org.adainit.jobs.store.CellStore;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.LongAccumulator;

/**
 * What an executor does with its partition (one cell): run it and commit its outcome before reporting back, so a
 * finished cell survives whatever happens to the driver afterwards. Counts failed cells in an accumulator, which the
 * driver's progress lines read.
 */
final class CellTask implements FlatMapFunction<Iterator<Cell>, String> {

    private final CellRunner runner;
    private final CellStore store;
    private final LongAccumulator failures;

    CellTask(CellRunner runner, CellStore store, LongAccumulator failures) {
        this.runner = runner;
        this.store = store;
        this.failures = failures;
    }

    @Override
    public Iterator<String> call(Iterator<Cell> cells) {
        List<String> done = new ArrayList<>();
        while (cells.hasNext()) {
            Cell cell = cells.next();
            CellOutcome outcome = runner.run(cell);
            store.commit(cell.id(), outcome.status(), OutcomeJson.write(outcome));
            if (outcome.status() == CellStatus.FAILED) {
                failures.add(1);
            }
            done.add(cell.id());
        }
        return done.iterator();
    }
}
