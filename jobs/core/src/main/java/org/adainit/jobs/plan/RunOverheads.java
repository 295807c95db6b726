package org.adainit.jobs.plan;

/**
 * What {@code run} spends beyond the cells' simulator time, as measured on the 2-core development machine (a
 * quickstart run, 126 cells, at load 1.5: 9.7 s until the first cell, 38 s for 29 s of cells per core, 11 s of
 * tables and 3 s of printed report). Fixed figures, not calibrated by {@code plan}: starting Spark and building the
 * tables would cost more than the plan itself, and their share shrinks as the cells grow.
 */
final class RunOverheads {

    /** The JVM, the command line, the grid and dataset checks and a local Spark session. */
    private static final double START_SECONDS = 10.0;
    /**
     * Per cell and core: its Spark task, its commit, and the JIT warm-up of the first cells (the quickstart's first
     * cells took 8.5 s, the same cells later 3 s).
     */
    private static final double PER_CELL_SECONDS = 0.14;
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
