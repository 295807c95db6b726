package org.adainit.jobs.datasets;

/**
 * One raw feature column of a pool.
 *
 * @param name column name as the upstream file calls it, e.g. {@code Age} or {@code petal length}
 * @param fill how its missing values are filled
 */
public record Feature(String name, MissingValueFill fill) {

    /** A feature that is never missing. */
    public static Feature complete(String name) {
        return new Feature(name, MissingValueFill.NONE);
    }
}
