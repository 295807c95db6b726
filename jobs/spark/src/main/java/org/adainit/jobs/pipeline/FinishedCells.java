package org.adainit.jobs.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.util.AccumulatorV2;

/**
 * The cells a task finished, reported to the driver with the task's end ({@link ProgressListener} prints them from
 * the task-end event). The driver keeps no merged value: a collection accumulator would copy its whole list into every
 * task-end event and into the status store (and the event log, when on) after each task, which on a grid of many
 * cells is quadratic in time and memory.
 */
final class FinishedCells extends AccumulatorV2<CellTask.Finished, List<CellTask.Finished>> {

    private final List<CellTask.Finished> cells = new ArrayList<>();

    @Override
    public boolean isZero() {
        return cells.isEmpty();
    }

    @Override
    public FinishedCells copy() {
        FinishedCells copy = new FinishedCells();
        copy.cells.addAll(cells);
        return copy;
    }

    @Override
    public void reset() {
        cells.clear();
    }

    @Override
    public void add(CellTask.Finished cell) {
        cells.add(cell);
    }

    /** Keeps nothing: each task's cells reach the driver in its task-end event, and are printed from there. */
    @Override
    public void merge(AccumulatorV2<CellTask.Finished, List<CellTask.Finished>> other) {
        // deliberately empty (see the class comment)
    }

    /** On an executor, the cells this task finished so far; on the driver, none. */
    @Override
    public List<CellTask.Finished> value() {
        return Collections.unmodifiableList(new ArrayList<>(cells));
    }
}
