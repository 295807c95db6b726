package org.adainit.simulator.fast;

/**
 * A permutation of basis indices that is linear over GF(2), such as a ring of CNOTs: index ↦ f(index) with
 * f(a ⊕ b) = f(a) ⊕ f(b). Stored as four 256-entry tables, one per byte of the index, so f costs four lookups and
 * a whole-state permutation is one gather pass.
 */
final class LinearBitMap {

    private final int[][] tables = new int[4][256];

    private LinearBitMap(int[] imageOfBit) {
        for (int chunk = 0; chunk < 4; chunk++) {
            for (int value = 1; value < 256; value++) {
                int lowest = Integer.numberOfTrailingZeros(value);
                int bit = 8 * chunk + lowest;
                int image = bit < imageOfBit.length ? imageOfBit[bit] : 0;
                tables[chunk][value] = tables[chunk][value & (value - 1)] ^ image;
            }
        }
    }

    /**
     * The map of applying CNOT(controls[k] → targets[k]) for k = 0, 1, … in order (or in reverse order when
     * {@code inverse}), on basis-index bits.
     */
    static LinearBitMap ofCnots(int bits, int[] controlBits, int[] targetBits, boolean inverse) {
        int[] image = new int[bits];
        for (int bit = 0; bit < bits; bit++) {
            int index = 1 << bit;
            for (int step = 0; step < controlBits.length; step++) {
                int k = inverse ? controlBits.length - 1 - step : step;
                index ^= ((index >>> controlBits[k]) & 1) << targetBits[k];
            }
            image[bit] = index;
        }
        return new LinearBitMap(image);
    }

    int apply(int index) {
        return tables[0][index & 0xFF]
                ^ tables[1][(index >>> 8) & 0xFF]
                ^ tables[2][(index >>> 16) & 0xFF]
                ^ tables[3][index >>> 24];
    }

    /** dst[k] = src[f(k)] for every k: one streaming write pass with table-driven reads. */
    void gather(double[] srcRe, double[] srcIm, double[] dstRe, double[] dstIm) {
        int[] low = tables[0];
        int dimension = dstRe.length;
        if (dimension < 256) {
            for (int k = 0; k < dimension; k++) {
                int j = low[k];
                dstRe[k] = srcRe[j];
                dstIm[k] = srcIm[j];
            }
            return;
        }
        for (int block = 0; block < dimension; block += 256) {
            int base = apply(block);
            for (int k = 0; k < 256; k++) {
                int j = base ^ low[k];
                dstRe[block + k] = srcRe[j];
                dstIm[block + k] = srcIm[j];
            }
        }
    }
}
