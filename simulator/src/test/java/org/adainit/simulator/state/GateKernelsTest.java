package org.adainit.simulator.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;

class GateKernelsTest {

    private static final double EPS = 1e-14;

    @Test
    void rxOnZeroGivesCosAndMinusISin() {
        StateVector s = new StateVector(1);
        GateKernels.rx(s, 0, 0.7);
        assertAmplitude(s, 0, Math.cos(0.35), 0);
        assertAmplitude(s, 1, 0, -Math.sin(0.35));
    }

    @Test
    void ryOnZeroGivesRealAmplitudes() {
        StateVector s = new StateVector(1);
        GateKernels.ry(s, 0, 1.1);
        assertAmplitude(s, 0, Math.cos(0.55), 0);
        assertAmplitude(s, 1, Math.sin(0.55), 0);
    }

    @Test
    void rzOnPlusGivesOppositePhases() {
        StateVector s = new StateVector(1);
        GateKernels.hadamard(s, 0);
        GateKernels.rz(s, 0, 0.9);
        double h = 1 / Math.sqrt(2);
        assertAmplitude(s, 0, h * Math.cos(0.45), -h * Math.sin(0.45));
        assertAmplitude(s, 1, h * Math.cos(0.45), h * Math.sin(0.45));
    }

    @Test
    void wireZeroIsTheMostSignificantBit() {
        StateVector s = new StateVector(3);
        GateKernels.pauliX(s, 0);
        assertAmplitude(s, 0b100, 1, 0);
        s.resetToZeroState();
        GateKernels.pauliX(s, 2);
        assertAmplitude(s, 0b001, 1, 0);
    }

    @Test
    void hadamardThenCnotMakesABellState() {
        StateVector s = new StateVector(2);
        GateKernels.hadamard(s, 0);
        GateKernels.cnot(s, 0, 1);
        double h = 1 / Math.sqrt(2);
        assertAmplitude(s, 0b00, h, 0);
        assertAmplitude(s, 0b01, 0, 0);
        assertAmplitude(s, 0b10, 0, 0);
        assertAmplitude(s, 0b11, h, 0);
    }

    @Test
    void cnotRingPermutesBasisStates() {
        // CNOT(0,1) CNOT(1,2) CNOT(2,0) on |b0 b1 b2⟩: b1 ^= b0, b2 ^= b1, b0 ^= b2.
        for (int input = 0; input < 8; input++) {
            int b0 = input >> 2 & 1;
            int b1 = input >> 1 & 1;
            int b2 = input & 1;
            b1 ^= b0;
            b2 ^= b1;
            b0 ^= b2;
            int expected = b0 << 2 | b1 << 1 | b2;
            StateVector s = basisState(3, input);
            GateKernels.cnot(s, 0, 1);
            GateKernels.cnot(s, 1, 2);
            GateKernels.cnot(s, 2, 0);
            assertAmplitude(s, expected, 1, 0);
        }
    }

    @Test
    void czNegatesOnlyBothOnes() {
        StateVector s = new StateVector(2);
        GateKernels.hadamard(s, 0);
        GateKernels.hadamard(s, 1);
        GateKernels.cz(s, 0, 1);
        assertAmplitude(s, 0b00, 0.5, 0);
        assertAmplitude(s, 0b01, 0.5, 0);
        assertAmplitude(s, 0b10, 0.5, 0);
        assertAmplitude(s, 0b11, -0.5, 0);
    }

    @Test
    void pauliYMapsZeroToIOne() {
        StateVector s = new StateVector(1);
        GateKernels.pauliY(s, 0);
        assertAmplitude(s, 1, 0, 1);
        GateKernels.pauliZ(s, 0);
        assertAmplitude(s, 1, 0, -1);
    }

    @Test
    void fusedRotEqualsRzThenRyThenRzOnEveryWire() {
        double phi = 0.3;
        double theta = -1.2;
        double omega = 2.5;
        for (int wire = 0; wire < 3; wire++) {
            StateVector fused = randomState(3, 7 + wire);
            StateVector sequence = new StateVector(3);
            sequence.copyFrom(fused);
            GateKernels.rot(fused, wire, phi, theta, omega);
            GateKernels.rz(sequence, wire, phi);
            GateKernels.ry(sequence, wire, theta);
            GateKernels.rz(sequence, wire, omega);
            for (int k = 0; k < 8; k++) {
                assertAmplitude(fused, k, sequence.real()[k], sequence.imaginary()[k]);
            }
        }
    }

    @Test
    void rotMatchesTheProductOfPauliExponentials() {
        // exp(−iaP/2) = cos(a/2) I − i sin(a/2) P, multiplied out independently of the kernels.
        double phi = 0.8;
        double theta = 0.4;
        double omega = -0.6;
        Complex[][] rzPhi = exponential(phi, new Complex[][] {{Complex.ONE, Complex.ZERO}, {Complex.ZERO, Complex.ONE.negate()}});
        Complex[][] ry = exponential(theta, new Complex[][] {{Complex.ZERO, Complex.I.negate()}, {Complex.I, Complex.ZERO}});
        Complex[][] rzOmega = exponential(omega, new Complex[][] {{Complex.ONE, Complex.ZERO}, {Complex.ZERO, Complex.ONE.negate()}});
        Complex[][] rot = multiply(rzOmega, multiply(ry, rzPhi));
        for (int column = 0; column < 2; column++) {
            StateVector s = basisState(1, column);
            GateKernels.rot(s, 0, phi, theta, omega);
            for (int row = 0; row < 2; row++) {
                assertAmplitude(s, row, rot[row][column].getReal(), rot[row][column].getImaginary());
            }
        }
    }

    private static Complex[][] exponential(double angle, Complex[][] pauli) {
        Complex cos = new Complex(Math.cos(angle / 2));
        Complex minusISin = new Complex(0, -Math.sin(angle / 2));
        Complex[][] result = new Complex[2][2];
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                result[r][c] = (r == c ? cos : Complex.ZERO).add(minusISin.multiply(pauli[r][c]));
            }
        }
        return result;
    }

    private static Complex[][] multiply(Complex[][] a, Complex[][] b) {
        Complex[][] result = new Complex[2][2];
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                result[r][c] = a[r][0].multiply(b[0][c]).add(a[r][1].multiply(b[1][c]));
            }
        }
        return result;
    }

    static StateVector basisState(int qubits, int index) {
        StateVector s = new StateVector(qubits);
        s.real()[0] = 0;
        s.real()[index] = 1;
        return s;
    }

    static StateVector randomState(int qubits, long seed) {
        java.util.Random random = new java.util.Random(seed);
        StateVector s = new StateVector(qubits);
        double norm = 0;
        for (int k = 0; k < s.dimension(); k++) {
            s.real()[k] = random.nextGaussian();
            s.imaginary()[k] = random.nextGaussian();
            norm += s.probability(k);
        }
        for (int k = 0; k < s.dimension(); k++) {
            s.real()[k] /= Math.sqrt(norm);
            s.imaginary()[k] /= Math.sqrt(norm);
        }
        return s;
    }

    private static void assertAmplitude(StateVector s, int index, double re, double im) {
        assertEquals(re, s.real()[index], EPS, "Re amplitude " + index);
        assertEquals(im, s.imaginary()[index], EPS, "Im amplitude " + index);
    }
}
