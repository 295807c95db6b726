package org.adainit.simulator.fast;

/**
 * The diagonal of a layer of RZ gates, Π_w RZ(a_w) = exp(−(i/2)·Σ_w a_w Z_w): its phase at index k splits into a
 * factor of the low index bits times a factor of the high ones, so two small tables replace n gates.
 */
final class PhaseTable {

    private final int bits;
    private final int lowBits;
    final double[] lowRe;
    final double[] lowIm;
    final double[] highRe;
    final double[] highIm;
    private final double[] angleScratch;

    PhaseTable(int bits, int lowBits) {
        this.bits = bits;
        this.lowBits = Math.min(bits, lowBits);
        lowRe = new double[1 << this.lowBits];
        lowIm = new double[1 << this.lowBits];
        highRe = new double[1 << (bits - this.lowBits)];
        highIm = new double[1 << (bits - this.lowBits)];
        angleScratch = new double[Math.max(lowRe.length, highRe.length)];
        java.util.Arrays.fill(lowRe, 1.0);
        java.util.Arrays.fill(highRe, 1.0);
    }

    /**
     * Multiplies the amplitudes [start, start + count) by the phase (its conjugate when {@code conjugate}); the
     * range must lie inside one block of 2^lowBits, where the high factor is constant.
     */
    void multiply(double[] re, double[] im, int start, int count, boolean conjugate) {
        double sign = conjugate ? -1 : 1;
        int high = start >>> lowBits;
        double hr = highRe[high];
        double hi = sign * highIm[high];
        int low = start & ((1 << lowBits) - 1);
        for (int i = 0; i < count; i++) {
            double lr = lowRe[low + i];
            double li = sign * lowIm[low + i];
            double pr = lr * hr - li * hi;
            double pi = lr * hi + li * hr;
            int k = start + i;
            double r = re[k];
            double m = im[k];
            re[k] = r * pr - m * pi;
            im[k] = r * pi + m * pr;
        }
    }

    /** Sets the table to RZ(anglesByBit[b]) on every bit b. */
    void set(double[] anglesByBit) {
        fill(anglesByBit, 0, lowBits, lowRe, lowIm);
        fill(anglesByBit, lowBits, bits - lowBits, highRe, highIm);
    }

    private void fill(double[] angles, int first, int count, double[] re, double[] im) {
        double[] phase = angleScratch;
        phase[0] = 0;
        for (int i = 0; i < count; i++) {
            double half = angles[first + i] / 2;
            int size = 1 << i;
            for (int a = 0; a < size; a++) {
                phase[a | size] = phase[a] + half;
                phase[a] -= half;
            }
        }
        for (int a = 0; a < (1 << count); a++) {
            re[a] = Math.cos(phase[a]);
            im[a] = Math.sin(phase[a]);
        }
    }
}
