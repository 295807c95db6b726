package org.adainit.simulator.state;

/**
 * One small kernel per gate, acting in place on a {@link StateVector} (Qulacs' structure: kernels below, circuit
 * objects above). A single-qubit gate on the wire with basis mask m pairs index k (bit clear) with k + m; the nested
 * block loop visits those pairs in memory order without testing bits.
 */
public final class GateKernels {

    private GateKernels() {}

    /** Applies the 2×2 matrix [[a, b], [c, d]] (complex entries as re/im pairs) to the wire with basis mask {@code mask}. */
    public static void applyMatrix(
            StateVector state,
            int mask,
            double ar, double ai, double br, double bi,
            double cr, double ci, double dr, double di) {
        double[] re = state.real();
        double[] im = state.imaginary();
        int dimension = re.length;
        for (int block = 0; block < dimension; block += mask << 1) {
            int end = block + mask;
            for (int k = block; k < end; k++) {
                int j = k + mask;
                double r0 = re[k];
                double i0 = im[k];
                double r1 = re[j];
                double i1 = im[j];
                re[k] = ar * r0 - ai * i0 + br * r1 - bi * i1;
                im[k] = ar * i0 + ai * r0 + br * i1 + bi * r1;
                re[j] = cr * r0 - ci * i0 + dr * r1 - di * i1;
                im[j] = cr * i0 + ci * r0 + dr * i1 + di * r1;
            }
        }
    }

    /** RX(θ) = exp(−iθX/2) = [[cos θ/2, −i sin θ/2], [−i sin θ/2, cos θ/2]]. */
    public static void rx(StateVector state, int wire, double angle) {
        double c = Math.cos(angle / 2);
        double s = Math.sin(angle / 2);
        applyMatrix(state, state.wireMask(wire), c, 0, 0, -s, 0, -s, c, 0);
    }

    /** RY(θ) = exp(−iθY/2) = [[cos θ/2, −sin θ/2], [sin θ/2, cos θ/2]]. */
    public static void ry(StateVector state, int wire, double angle) {
        double c = Math.cos(angle / 2);
        double s = Math.sin(angle / 2);
        applyMatrix(state, state.wireMask(wire), c, 0, -s, 0, s, 0, c, 0);
    }

    /** RZ(θ) = exp(−iθZ/2) = diag(e^{−iθ/2}, e^{iθ/2}). */
    public static void rz(StateVector state, int wire, double angle) {
        double c = Math.cos(angle / 2);
        double s = Math.sin(angle / 2);
        applyMatrix(state, state.wireMask(wire), c, -s, 0, 0, 0, 0, c, s);
    }

    /**
     * Rot(φ, θ, ω) = RZ(ω)·RY(θ)·RZ(φ) as one fused matrix:
     * [[e^{−i(φ+ω)/2} cos θ/2, −e^{i(φ−ω)/2} sin θ/2], [e^{−i(φ−ω)/2} sin θ/2, e^{i(φ+ω)/2} cos θ/2]].
     */
    public static void rot(StateVector state, int wire, double phi, double theta, double omega) {
        double[] m = new double[8];
        rotMatrix(phi, theta, omega, m, 0);
        applyMatrix(state, state.wireMask(wire), m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7]);
    }

    /** The fused Rot(φ, θ, ω) as {Re a, Im a, Re b, Im b, Re c, Im c, Re d, Im d} into {@code out[offset ..]}. */
    public static void rotMatrix(double phi, double theta, double omega, double[] out, int offset) {
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

    public static void pauliX(StateVector state, int wire) {
        applyMatrix(state, state.wireMask(wire), 0, 0, 1, 0, 1, 0, 0, 0);
    }

    public static void pauliY(StateVector state, int wire) {
        applyMatrix(state, state.wireMask(wire), 0, 0, 0, -1, 0, 1, 0, 0);
    }

    public static void pauliZ(StateVector state, int wire) {
        applyMatrix(state, state.wireMask(wire), 1, 0, 0, 0, 0, 0, -1, 0);
    }

    public static void hadamard(StateVector state, int wire) {
        double h = 1 / Math.sqrt(2);
        applyMatrix(state, state.wireMask(wire), h, 0, h, 0, h, 0, -h, 0);
    }

    /** CNOT: swaps the target's amplitudes wherever the control bit is set. */
    public static void cnot(StateVector state, int control, int target) {
        requireDistinct(control, target);
        int controlMask = state.wireMask(control);
        int targetMask = state.wireMask(target);
        double[] re = state.real();
        double[] im = state.imaginary();
        for (int k = 0; k < re.length; k++) {
            if ((k & controlMask) != 0 && (k & targetMask) == 0) {
                int j = k | targetMask;
                double r = re[k];
                double i = im[k];
                re[k] = re[j];
                im[k] = im[j];
                re[j] = r;
                im[j] = i;
            }
        }
    }

    /** CZ: negates the amplitudes where both bits are set. */
    public static void cz(StateVector state, int first, int second) {
        requireDistinct(first, second);
        int both = state.wireMask(first) | state.wireMask(second);
        double[] re = state.real();
        double[] im = state.imaginary();
        for (int k = 0; k < re.length; k++) {
            if ((k & both) == both) {
                re[k] = -re[k];
                im[k] = -im[k];
            }
        }
    }

    private static void requireDistinct(int a, int b) {
        if (a == b) {
            throw new IllegalArgumentException("two-qubit gate needs distinct wires, got " + a + " twice");
        }
    }
}
