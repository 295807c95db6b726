package org.adainit.jobs.datasets;

/**
 * One preprocessed split: features ready for the angle embedding and labels in {0, 1}. Immutable: accessors return
 * copies, so one cached instance serves every thread.
 */
public final class Split {

    private final int[] poolRows;
    private final double[][] x;
    private final int[] y;

    /**
     * @param poolRows index of each row in its {@link BinaryPool}, for provenance and leakage checks
     * @param x rows × d features
     * @param y labels in {0, 1}
     */
    public Split(int[] poolRows, double[][] x, int[] y) {
        if (poolRows.length != x.length || x.length != y.length) {
            throw new IllegalArgumentException(
                    "split with " + poolRows.length + " pool rows, " + x.length + " feature rows, " + y.length + " labels");
        }
        this.poolRows = poolRows.clone();
        this.x = BinaryPool.deepCopy(x);
        this.y = y.clone();
    }

    public int size() {
        return y.length;
    }

    /** Rows × d features, a copy. */
    public double[][] x() {
        return BinaryPool.deepCopy(x);
    }

    /** Labels in {0, 1}, a copy. */
    public int[] y() {
        return y.clone();
    }

    /** Index of each row in the pool, a copy. */
    public int[] poolRows() {
        return poolRows.clone();
    }

    /** Rows per class: {@code [count of 0, count of 1]}. */
    public int[] classCounts() {
        return BinaryPool.countClasses(y);
    }
}
