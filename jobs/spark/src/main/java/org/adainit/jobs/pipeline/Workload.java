package org.adainit.jobs.pipeline;

import java.util.List;
import org.adainit.jobs.grid.GridDefinition;
import org.adainit.jobs.tables.TableSet;

/**
 * What {@link RunJob} needs from one kind of grid: its cells, their order, how an executor runs one, and the tables
 * built from them. Resume, commits, progress, the manifest and the report are the same for every kind.
 */
interface Workload<C> {

    /**
     * Cells in schedule order, with their estimated simulator seconds (which group small cells into one task and
     * weigh the ETA) and whether each needs a task of its own ({@link TaskGroups#of}).
     */
    record Schedule<C>(List<C> cells, double[] costs, boolean[] ownTask) {}

    GridDefinition grid();

    List<C> cells();

    /** The cells' ids, as a function an executor can run: a retried task skips the cells committed before by id. */
    CellTask.Id<C> ids();

    default String id(C cell) {
        return ids().of(cell);
    }

    /**
     * Orders the cells still to run, largest first.
     *
     * @throws org.adainit.jobs.input.InputException when they would exceed the grid's budget
     */
    Schedule<C> schedule(List<C> pending, String gridSource);

    CellTask.Work<C> work();

    TableSet tables();
}
