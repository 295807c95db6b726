package org.adainit.jobs.plan;

import java.util.Locale;

/**
 * What {@code run} spends beyond the simulator time the cost model predicts, fitted on the otherwise idle 2-core
 * development machine (BENCHMARKS.md, "A plan that can be trusted") and scaled to another machine by how long a local
 * Spark session takes to start there. These costs are cold JVM and Spark work (class loading, the JIT, Spark's
 * planning), in which machines differ far more than in the simulator's vector arithmetic: between two days of the
 * development VM each of them changed by a factor of 2.0-2.6 while the calibrated simulator time changed by 1.17.
 *
 * @param startSeconds the JVM, the command line, the grid and dataset checks, a local Spark session, and its stop
 * @param perCellSeconds core-seconds per cell beyond the model's forward and gradient passes: its Spark task and
 *     commit, the training's own steps (Adam, batches, the variance) and the JIT warm-up of the first cells
 * @param tableFixedSeconds building the tables and printing the report, for no cells (Spark's first jobs)
 * @param tableSecondsPerCell and for each cell (reading and writing its rows)
 * @param origin where the figures come from, for the printed plan
 */
public record RunOverheads(double startSeconds, double perCellSeconds, double tableFixedSeconds,
        double tableSecondsPerCell, String origin) {

    /**
     * A local Spark session's start in {@code plan}'s JVM on the development machine in the sitting the figures below
     * were fitted in (median of five launches: 1.14-1.34 s).
     */
    static final double REFERENCE_SPARK_START_SECONDS = 1.28;

    /**
     * Medians of four quickstart runs (126 cells: 1.3 s to the grid line and 0.3 s from the last line to the exit,
     * 12.2 s of cells where the calibrated model predicts 18 s of simulator time on 2 cores, 3.1 s of tables and
     * report) and three runs of one trivial cell (tables and report 2.0 s), alternating in one sitting; launches after
     * the first of a build, which records the launcher's class-data archive and takes about 15 s longer.
     */
    public static RunOverheads reference() {
        return new RunOverheads(1.6, 0.051, 2.0, 0.0087, "the development machine's, not scaled to this one");
    }

    /**
     * A run in a warm resident driver (docs/resident-driver.md), in the development machine's units of
     * {@link #reference()}: its time before the first cell, each cell's cost beyond its simulator time, and the fixed
     * part of its tables and report. Measured in the thirteenth pass (BENCHMARKS.md) on a VM whose Spark start scaled
     * the reference x1.55-2.0: seven quickstart runs (0.30-0.55 s before the first cell, 2.1-2.9 s after the last,
     * the cells' seconds 38-51 s against 47-52 s in fresh JVMs of the same sittings: no JIT warm-up in them) and three
     * runs of one trivial cell (0.38-0.44 s before, 0.51-0.57 s after). Per cell the tables cost what they cost in a
     * fresh JVM (0.013 s there, 0.0085 s in these units).
     */
    static final double RESIDENT_START_SECONDS = 0.26;
    static final double RESIDENT_PER_CELL_SECONDS = 0.02;
    static final double RESIDENT_TABLE_FIXED_SECONDS = 0.35;

    /**
     * The same run in a warm resident driver: the JVM, Spark, the simulator's and the tables' code are already warm, so
     * its start, each cell's overhead and its tables' fixed part shrink, scaled to this machine as these figures are;
     * each cell's rows cost the same.
     */
    public RunOverheads inResidentDriver() {
        double factor = startSeconds / reference().startSeconds;
        return new RunOverheads(RESIDENT_START_SECONDS * factor, RESIDENT_PER_CELL_SECONDS * factor,
                RESIDENT_TABLE_FIXED_SECONDS * factor, tableSecondsPerCell, origin);
    }

    /** The reference figures scaled by this machine's Spark start against the development machine's. */
    public static RunOverheads scaledTo(double sparkStartSeconds) {
        if (!(sparkStartSeconds > 0)) {
            throw new IllegalArgumentException("a Spark start takes a positive time, got " + sparkStartSeconds);
        }
        double factor = sparkStartSeconds / REFERENCE_SPARK_START_SECONDS;
        RunOverheads reference = reference();
        return new RunOverheads(reference.startSeconds * factor, reference.perCellSeconds * factor,
                reference.tableFixedSeconds * factor, reference.tableSecondsPerCell * factor,
                String.format(Locale.ROOT, "the development machine's, scaled x%.2f to this one (a local Spark "
                        + "session started in %.2f s here, %.2f s there)", factor, sparkStartSeconds,
                        REFERENCE_SPARK_START_SECONDS));
    }

    /** Building the tables of {@code cells} cells and printing the report. */
    public double tableSeconds(long cells) {
        return tableFixedSeconds + tableSecondsPerCell * cells;
    }
}
