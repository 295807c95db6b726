package org.adainit.simulator.fast;

/**
 * A permutation of basis indices that is linear over GF(2), such as a ring of CNOTs: index ↦ f(index) with
 * f(a ⊕ b) = f(a) ⊕ f(b). Stored as four 256-entry tables, one per byte of the index, so f costs four lookups and
 * a whole-state permutation is one gather pass.
 */
final class LinearBitMap {

    /** Gathers walk 2^LOCAL_DIMENSION indices at a time inside windows of 2^LOCAL_BITS amplitudes. */
    private static final int LOCAL_BITS = 12;
    private static final int LOCAL_DIMENSION = 12;
    private static final int SMALL_TABLE_BITS = 8;

    private final int[][] tables = new int[4][256];
    private final int bits;
    /** Offsets of a subspace V that f keeps inside the low window: V and f(V) both below 2^LOCAL_BITS. */
    private final int[] localOffsets;
    private final int[] localImages;
    /** Bits set in V's pivots; indices with these bits clear enumerate a complement of V. */
    private final int pivotMask;
    /** f of every index, for states small enough that a table beats the coset walk's set-up; else null. */
    private final int[] smallImages;

    private LinearBitMap(int[] imageOfBit) {
        this.bits = imageOfBit.length;
        for (int chunk = 0; chunk < 4; chunk++) {
            for (int value = 1; value < 256; value++) {
                int lowest = Integer.numberOfTrailingZeros(value);
                int bit = 8 * chunk + lowest;
                int image = bit < imageOfBit.length ? imageOfBit[bit] : 0;
                tables[chunk][value] = tables[chunk][value & (value - 1)] ^ image;
            }
        }
        int[] basis = localBasis();
        int pivots = 0;
        for (int v : basis) {
            pivots |= Integer.lowestOneBit(v);
        }
        this.pivotMask = pivots;
        this.localOffsets = new int[1 << basis.length];
        this.localImages = new int[1 << basis.length];
        for (int i = 1; i < localOffsets.length; i++) {
            int lowest = Integer.numberOfTrailingZeros(i);
            localOffsets[i] = localOffsets[i & (i - 1)] ^ basis[lowest];
            localImages[i] = apply(localOffsets[i]);
        }
        this.smallImages = bits <= SMALL_TABLE_BITS ? new int[1 << bits] : null;
        for (int k = 0; smallImages != null && k < smallImages.length; k++) {
            smallImages[k] = apply(k);
        }
    }

    /**
     * A basis of (up to LOCAL_DIMENSION vectors of) {x < 2^w : f(x) < 2^w}, w = min(bits, LOCAL_BITS), in reduced
     * echelon form on distinct lowest bits: Gaussian elimination of the high part of f over the low window.
     */
    private int[] localBasis() {
        int window = Math.min(bits, LOCAL_BITS);
        // Rows: candidate vectors x, kept with their images; eliminate high image bits one at a time.
        int[] vectors = new int[window];
        int[] images = new int[window];
        for (int b = 0; b < window; b++) {
            vectors[b] = 1 << b;
            images[b] = apply(1 << b);
        }
        int count = window;
        for (int high = window; high < bits; high++) {
            int pivot = -1;
            for (int r = 0; r < count; r++) {
                if ((images[r] >>> high & 1) != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            for (int r = 0; r < count; r++) {
                if (r != pivot && (images[r] >>> high & 1) != 0) {
                    vectors[r] ^= vectors[pivot];
                    images[r] ^= images[pivot];
                }
            }
            vectors[pivot] = vectors[count - 1];
            images[pivot] = images[count - 1];
            count--;
        }
        // Reduced echelon form: each vector's lowest bit (its pivot) is clear in every other vector.
        int[] remaining = java.util.Arrays.copyOf(vectors, count);
        int[] basis = new int[count];
        int found = 0;
        for (int p = 0; p < window; p++) {
            int bit = 1 << p;
            int pivot = -1;
            for (int r = 0; r < count; r++) {
                if ((remaining[r] & bit) != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            int vector = remaining[pivot];
            remaining[pivot] = 0;
            for (int r = 0; r < count; r++) {
                if ((remaining[r] & bit) != 0) {
                    remaining[r] ^= vector;
                }
            }
            for (int b = 0; b < found; b++) {
                if ((basis[b] & bit) != 0) {
                    basis[b] ^= vector;
                }
            }
            basis[found++] = vector;
        }
        return java.util.Arrays.copyOf(basis, Math.min(found, LOCAL_DIMENSION));
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

    /** f on the lowest byte: f(base + i) = f(base) ^ lowTable()[i] for 256-aligned base and i < 256. */
    int[] lowTable() {
        return tables[0];
    }

    int apply(int index) {
        return tables[0][index & 0xFF]
                ^ tables[1][(index >>> 8) & 0xFF]
                ^ tables[2][(index >>> 16) & 0xFF]
                ^ tables[3][index >>> 24];
    }

    static LinearBitMap identity(int bits) {
        int[] image = new int[bits];
        for (int bit = 0; bit < bits; bit++) {
            image[bit] = 1 << bit;
        }
        return new LinearBitMap(image);
    }

    /**
     * dst[k] = src[f(k)] for every k, in one pass. Indices go by cosets c ⊕ V of a subspace V that f maps into the
     * low window, so each step reads and writes 2^|V| amplitudes within two small windows instead of jumping.
     */
    void gather(double[] srcRe, double[] srcIm, double[] dstRe, double[] dstIm) {
        int dimension = dstRe.length;
        if (smallImages != null) {
            for (int k = 0; k < dimension; k++) {
                int j = smallImages[k];
                dstRe[k] = srcRe[j];
                dstIm[k] = srcIm[j];
            }
            return;
        }
        int[] offsets = localOffsets;
        int[] images = localImages;
        int pivots = pivotMask;
        for (int c = 0; c < dimension; c = ((c | pivots) + 1) & ~pivots) {
            int image = apply(c);
            for (int i = 0; i < offsets.length; i++) {
                int k = c ^ offsets[i];
                int j = image ^ images[i];
                dstRe[k] = srcRe[j];
                dstIm[k] = srcIm[j];
            }
        }
    }
}
