package org.adainit.simulator.state;

import java.util.Arrays;

/**
 * An n-qubit pure state in double precision, amplitudes split into real and imaginary arrays so kernels stream two
 * flat arrays.
 *
 * <p>Bit order is PennyLane's: wire 0 is the most significant bit of the basis index, so the amplitude of
 * |b_0 b_1 … b_{n−1}⟩ sits at index Σ b_w·2^{n−1−w} and state vectors compare directly with {@code qml.state()}.
 */
public final class StateVector {

    /** 2^n must fit in an int and in memory; 30 qubits is already 16 GiB. */
    public static final int MAX_QUBITS = 30;

    private final int qubits;
    private final double[] real;
    private final double[] imaginary;

    /** Allocates |0…0⟩. */
    public StateVector(int qubits) {
        if (qubits < 1 || qubits > MAX_QUBITS) {
            throw new IllegalArgumentException("qubits must be in 1.." + MAX_QUBITS + ", got " + qubits);
        }
        this.qubits = qubits;
        this.real = new double[1 << qubits];
        this.imaginary = new double[1 << qubits];
        real[0] = 1.0;
    }

    public int qubits() {
        return qubits;
    }

    public int dimension() {
        return real.length;
    }

    /** Live real parts; kernels write into them. */
    public double[] real() {
        return real;
    }

    /** Live imaginary parts; kernels write into them. */
    public double[] imaginary() {
        return imaginary;
    }

    /** The basis-index mask of a wire under PennyLane's bit order. */
    public static int wireMask(int wire, int qubits) {
        if (wire < 0 || wire >= qubits) {
            throw new IllegalArgumentException("wire " + wire + " outside 0.." + (qubits - 1));
        }
        return 1 << (qubits - 1 - wire);
    }

    public int wireMask(int wire) {
        return wireMask(wire, qubits);
    }

    public void resetToZeroState() {
        Arrays.fill(real, 0.0);
        Arrays.fill(imaginary, 0.0);
        real[0] = 1.0;
    }

    public void copyFrom(StateVector other) {
        if (other.qubits != qubits) {
            throw new IllegalArgumentException("cannot copy a " + other.qubits + "-qubit state into " + qubits);
        }
        System.arraycopy(other.real, 0, real, 0, real.length);
        System.arraycopy(other.imaginary, 0, imaginary, 0, imaginary.length);
    }

    public double norm2() {
        double sum = 0;
        for (int k = 0; k < real.length; k++) {
            sum += real[k] * real[k] + imaginary[k] * imaginary[k];
        }
        return sum;
    }

    /** Probability of basis state {@code index}. */
    public double probability(int index) {
        return real[index] * real[index] + imaginary[index] * imaginary[index];
    }
}
