package org.adainit.jobs.plan;

/**
 * What {@code run} spends beyond the simulator time the cost model predicts, as measured on the otherwise idle 2-core
 * development machine (BENCHMARKS.md, "A plan that can be trusted"): a quickstart run (126 cells) took 3.2-3.6 s
 * until its grid line, 20-23 s for its cells (40-46 core-seconds where the calibrated model predicts 21 s of simulator
 * time) and 10 s for the tables and the printed report, 34-37 s in all; this is a launch after the first one of a
 * build, which records the launcher's class-data archive and takes about 15 s longer. Fixed figures, not timed by
 * {@code plan}: starting Spark and building tables to time them would cost more than the plan itself, and their share
 * shrinks as the cells grow. A second grid (18 cells at 14-16 qubits) checks them: see BENCHMARKS.md.
 */
final class RunOverheads {

    /** The JVM, the command line, the grid and dataset checks and a local Spark session. */
    private static final double START_SECONDS = 3.5;
    /**
     * Core-seconds per cell beyond the model's forward and gradient passes: its Spark task and commit, the training's
     * own steps (Adam, batches, the variance) and the JIT warm-up of the first cells. (44 - 21) core-seconds over the
     * quickstart's 126 cells.
     */
    private static final double PER_CELL_SECONDS = 0.18;
    /**
     * Building the tables and printing the report: Spark's first jobs, then reading and writing each cell's rows; the
     * quickstart's 10.2 s for 126 cells, with the slope of the line through an earlier quickstart (12.3 s) and the
     * 14-16-qubit check (9.4 s for 18 cells).
     */
    private static final double TABLE_SECONDS = 6.8;
    private static final double TABLE_SECONDS_PER_CELL = 0.027;

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
