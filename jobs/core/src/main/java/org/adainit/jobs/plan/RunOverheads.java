package org.adainit.jobs.plan;

/**
 * What {@code run} spends beyond the simulator time the cost model predicts, as measured on the otherwise idle 2-core
 * development machine (BENCHMARKS.md, "A plan that can be trusted"): a quickstart run (126 cells) took 5 s until its
 * grid line, 22 s for its cells (44 core-seconds where the calibrated model predicts 21 s of simulator time) and 12 s
 * for the tables and the printed report, 39 s in all. Fixed figures, not timed by {@code plan}: starting Spark and
 * building tables to time them would cost more than the plan itself, and their share shrinks as the cells grow. A
 * second grid (18 cells at 14-16 qubits) checks them: see BENCHMARKS.md.
 */
final class RunOverheads {

    /** The JVM, the command line, the grid and dataset checks and a local Spark session. */
    private static final double START_SECONDS = 5.0;
    /**
     * Core-seconds per cell beyond the model's forward and gradient passes: its Spark task and commit, the training's
     * own steps (Adam, batches, the variance) and the JIT warm-up of the first cells. (44 - 21) core-seconds over the
     * quickstart's 126 cells.
     */
    private static final double PER_CELL_SECONDS = 0.18;
    /**
     * Building the tables and printing the report: Spark's first jobs, then reading and writing each cell's rows; the
     * line through the quickstart (12.3 s for 126 cells) and the 14-16-qubit check (9.4 s for 18 cells).
     */
    private static final double TABLE_SECONDS = 8.9;
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
