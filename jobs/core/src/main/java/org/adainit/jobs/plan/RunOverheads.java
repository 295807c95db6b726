package org.adainit.jobs.plan;

/**
 * What {@code run} spends beyond the simulator time the cost model predicts, as measured on the 2-core development
 * machine: a quickstart run (126 cells, load 1.5) took 9.7 s until its first cell, 38 s for its cells (76 core-seconds
 * where the calibrated model predicts 31-34 s of simulator time), 11 s for the tables and 3 s for the printed report:
 * 62 s in all, for which these figures give 62 s. Fixed figures, not timed by {@code plan}: starting Spark and
 * building tables to time them would cost more than the plan itself, and their share shrinks as the cells grow.
 */
final class RunOverheads {

    /** The JVM, the command line, the grid and dataset checks and a local Spark session. */
    private static final double START_SECONDS = 10.0;
    /**
     * Core-seconds per cell beyond the model's forward and gradient passes: its Spark task and commit, the training's
     * own steps (Adam, batches, the variance) and the JIT warm-up of the first cells (the quickstart's first cells took
     * 8.5 s, the same cells later 3 s). (76 - 32) core-seconds over 126 cells.
     */
    private static final double PER_CELL_SECONDS = 0.35;
    /** Building the tables and printing the report: Spark's first jobs, then reading and writing each cell's rows. */
    private static final double TABLE_SECONDS = 8.0;
    private static final double TABLE_SECONDS_PER_CELL = 0.05;

    private RunOverheads() {}

    static double startSeconds() {
        return START_SECONDS;
    }

    static double perCellSeconds() {
        return PER_CELL_SECONDS;
    }

    static double tableSeconds(long cells) {
        return TABLE_SECONDS + TABLE_SECONDS_PER_CELL * cells;
    }
}
