package org.adainit.simulator.fast;

/**
 * Complex 2×2 matrices stored as 8 doubles {Re a, Im a, Re b, Im b, Re c, Im c, Re d, Im d} for [[a, b], [c, d]],
 * written into caller-owned arrays so the per-sample paths allocate nothing.
 */
final class Matrix2 {

    private Matrix2() {}

    /** Writes m† = [[conj a, conj c], [conj b, conj d]] of m[mo ..] into out[oo ..]. */
    static void adjoint(double[] m, int mo, double[] out, int oo) {
        out[oo] = m[mo];
        out[oo + 1] = -m[mo + 1];
        out[oo + 2] = m[mo + 4];
        out[oo + 3] = -m[mo + 5];
        out[oo + 4] = m[mo + 2];
        out[oo + 5] = -m[mo + 3];
        out[oo + 6] = m[mo + 6];
        out[oo + 7] = -m[mo + 7];
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

    /** out[oo ..] = m·P·m† for a Pauli P given as a matrix (out must not alias m, pauli or scratch). */
    static void conjugate(double[] m, int mo, double[] pauli, double[] scratch, double[] out, int oo) {
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
                out[oo + 4 * r + 2 * c] = re;
                out[oo + 4 * r + 2 * c + 1] = im;
            }
        }
    }
}
