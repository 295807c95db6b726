package org.adainit.jobs.pipeline;

import java.util.List;
import org.adainit.jobs.grid.GridDefinition;
import org.adainit.jobs.tables.TableSet;

/**
 * What {@link RunJob} needs from one kind of grid: its cells, their order, how an executor runs one, and the tables
 * built from them. Resume, commits, progress, the manifest and the report are the same for every kind.
 */
interface Workload<C> {

    /** Cells in schedule order, with their estimated costs (any unit; the ETA uses ratios). */
    record Schedule<C>(List<C> cells, double[] costs) {}

    GridDefinition grid();

    List<C> cells();

    String id(C cell);

    /**
     * Orders the cells still to run, largest first.
     *
     * @throws org.adainit.jobs.input.InputException when they would exceed the grid's budget
     */
    Schedule<C> schedule(List<C> pending, String gridSource);

    CellTask.Work<C> work();

    TableSet tables();
}
