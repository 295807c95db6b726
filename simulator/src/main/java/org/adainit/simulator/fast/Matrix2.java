package org.adainit.simulator.fast;

/**
 * Complex 2×2 matrices stored as 8 doubles {Re a, Im a, Re b, Im b, Re c, Im c, Re d, Im d} for [[a, b], [c, d]],
 * written into caller-owned arrays so the per-sample paths allocate nothing.
 */
final class Matrix2 {

    static final int SIZE = 8;

    private Matrix2() {}

    /** Rot(φ, θ, ω) = RZ(ω)·RY(θ)·RZ(φ) into {@code out[offset ..]}. */
    static void rot(double phi, double theta, double omega, double[] out, int offset) {
        double c = Math.cos(theta / 2);
        double s = Math.sin(theta / 2);
        double sum = (phi + omega) / 2;
        double diff = (phi - omega) / 2;
        double cosSum = Math.cos(sum);
        double sinSum = Math.sin(sum);
        double cosDiff = Math.cos(diff);
        double sinDiff = Math.sin(diff);
        out[offset] = cosSum * c;
        out[offset + 1] = -sinSum * c;
        out[offset + 2] = -cosDiff * s;
        out[offset + 3] = -sinDiff * s;
        out[offset + 4] = cosDiff * s;
        out[offset + 5] = -sinDiff * s;
        out[offset + 6] = cosSum * c;
        out[offset + 7] = sinSum * c;
    }

    /** Writes m† = [[conj a, conj c], [conj b, conj d]] at the same offset of {@code out}. */
    static void adjoint(double[] m, int o, double[] out) {
        out[o] = m[o];
        out[o + 1] = -m[o + 1];
        out[o + 2] = m[o + 4];
        out[o + 3] = -m[o + 5];
        out[o + 4] = m[o + 2];
        out[o + 5] = -m[o + 3];
        out[o + 6] = m[o + 6];
        out[o + 7] = -m[o + 7];
    }

    /** out = a·b (out must not alias a or b). */
    static void multiply(double[] a, int ao, double[] b, int bo, double[] out, int oo) {
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                double re = 0;
                double im = 0;
                for (int k = 0; k < 2; k++) {
                    int x = ao + 4 * r + 2 * k;
                    int y = bo + 4 * k + 2 * c;
                    re += a[x] * b[y] - a[x + 1] * b[y + 1];
                    im += a[x] * b[y + 1] + a[x + 1] * b[y];
                }
                out[oo + 4 * r + 2 * c] = re;
                out[oo + 4 * r + 2 * c + 1] = im;
            }
        }
    }

    /** out = m·P·m† for a Pauli P given as a matrix (out must not alias m, pauli or scratch). */
    static void conjugate(double[] m, int mo, double[] pauli, double[] scratch, double[] out) {
        multiply(m, mo, pauli, 0, scratch, 0);
        // scratch·m† : (m†)[k][c] = conj(m[c][k])
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                double re = 0;
                double im = 0;
                for (int k = 0; k < 2; k++) {
                    int x = 4 * r + 2 * k;
                    int y = mo + 4 * c + 2 * k;
                    re += scratch[x] * m[y] + scratch[x + 1] * m[y + 1];
                    im += scratch[x + 1] * m[y] - scratch[x] * m[y + 1];
                }
                out[4 * r + 2 * c] = re;
                out[4 * r + 2 * c + 1] = im;
            }
        }
    }

    /** Im Σ_{s,t} a[s][t]·r[s][t]: the derivative Im⟨λ|A|ψ⟩ given the cross matrix r[s][t] = Σ conj(λ_s)ψ_t. */
    static double imaginaryPairing(double[] a, int ao, double[] r, int ro) {
        double im = 0;
        for (int k = 0; k < 4; k++) {
            im += a[ao + 2 * k] * r[ro + 2 * k + 1] + a[ao + 2 * k + 1] * r[ro + 2 * k];
        }
        return im;
    }
}
