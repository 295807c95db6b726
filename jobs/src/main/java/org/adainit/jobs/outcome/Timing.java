package org.adainit.jobs.outcome;

/**
 * When and where a cell ran. The only part of an outcome that differs between two runs of the same grid.
 *
 * @param executor host name of the JVM that ran the cell
 */
public record Timing(long startedAtMillis, long finishedAtMillis, String executor) {

    public double seconds() {
        return (finishedAtMillis - startedAtMillis) / 1000.0;
    }
}
