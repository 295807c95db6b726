package org.adainit.jobs.pipeline;

import java.io.Serializable;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.outcome.CellOutcome;

/**
 * Runs one cell on an executor. The seam between the Spark pipeline and the science: the pipeline only schedules
 * cells, commits what this returns and aggregates it. Serialisable, because Spark ships it to the executors.
 */
@FunctionalInterface
public interface CellRunner extends Serializable {

    /** Runs the cell; a cell that cannot finish comes back as a failed outcome with its error, not as an exception. */
    CellOutcome run(Cell cell);
}
