package org.adainit.simulator.qnn;

import java.util.Arrays;

/**
 * The trainable tensors (l0, l1, l2) of one QNN, held in one flat array so optimisers and kernels work on it
 * without copying. Nested-array views exist for I/O (JSON, prompts, Parquet) only.
 */
public final class QnnParameters {

    private final QnnShape shape;
    private final double[] values;

    public QnnParameters(QnnShape shape) {
        this(shape, new double[shape.parameterCount()]);
    }

    /** Wraps {@code values} without copying; its length must be {@code shape.parameterCount()}. */
    public QnnParameters(QnnShape shape, double[] values) {
        if (values.length != shape.parameterCount()) {
            throw new IllegalArgumentException(
                    "expected " + shape.parameterCount() + " parameters for " + shape + ", got " + values.length);
        }
        this.shape = shape;
        this.values = values;
    }

    /** Builds parameters from nested tensors, checking every shape; messages name the offending tensor. */
    public static QnnParameters fromTensors(double[][][] l0, double[][] l1, double[] l2) {
        if (l0 == null || l0.length == 0 || l0[0] == null || l0[0].length == 0) {
            throw new IllegalArgumentException("l0 must have shape (layers, qubits, 3) with layers, qubits >= 1");
        }
        if (l2 == null) {
            throw new IllegalArgumentException("l2 is missing");
        }
        QnnShape shape = new QnnShape(l0[0].length, l0.length, l2.length);
        QnnParameters p = new QnnParameters(shape);
        for (int l = 0; l < shape.layers(); l++) {
            requireLength("l0[" + l + "]", l0[l], shape.qubits());
            for (int w = 0; w < shape.qubits(); w++) {
                requireLength("l0[" + l + "][" + w + "]", l0[l][w], QnnShape.ROTATIONS_PER_WIRE);
                for (int r = 0; r < QnnShape.ROTATIONS_PER_WIRE; r++) {
                    p.values[shape.l0Index(l, w, r)] = l0[l][w][r];
                }
            }
        }
        requireLength("l1", l1, shape.classes());
        for (int c = 0; c < shape.classes(); c++) {
            requireLength("l1[" + c + "]", l1[c], shape.qubits());
            for (int w = 0; w < shape.qubits(); w++) {
                p.values[shape.l1Index(c, w)] = l1[c][w];
            }
        }
        for (int c = 0; c < shape.classes(); c++) {
            p.values[shape.l2Index(c)] = l2[c];
        }
        return p;
    }

    private static void requireLength(String name, Object array, int expected) {
        int actual = array == null ? -1 : java.lang.reflect.Array.getLength(array);
        if (actual != expected) {
            throw new IllegalArgumentException(
                    name + " has length " + (actual < 0 ? "null" : actual) + ", expected " + expected);
        }
    }

    public QnnShape shape() {
        return shape;
    }

    /** The live flat array (l0, then l1, then l2). */
    public double[] values() {
        return values;
    }

    public double l0(int layer, int wire, int rotation) {
        return values[shape.l0Index(layer, wire, rotation)];
    }

    public double l1(int cls, int wire) {
        return values[shape.l1Index(cls, wire)];
    }

    public double l2(int cls) {
        return values[shape.l2Index(cls)];
    }

    public double[][][] l0Tensor() {
        double[][][] t = new double[shape.layers()][shape.qubits()][QnnShape.ROTATIONS_PER_WIRE];
        for (int l = 0; l < shape.layers(); l++) {
            for (int w = 0; w < shape.qubits(); w++) {
                for (int r = 0; r < QnnShape.ROTATIONS_PER_WIRE; r++) {
                    t[l][w][r] = l0(l, w, r);
                }
            }
        }
        return t;
    }

    public double[][] l1Tensor() {
        double[][] t = new double[shape.classes()][shape.qubits()];
        for (int c = 0; c < shape.classes(); c++) {
            for (int w = 0; w < shape.qubits(); w++) {
                t[c][w] = l1(c, w);
            }
        }
        return t;
    }

    public double[] l2Tensor() {
        return Arrays.copyOfRange(values, shape.l2Index(0), shape.parameterCount());
    }

    public boolean allFinite() {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    public QnnParameters copy() {
        return new QnnParameters(shape, values.clone());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QnnParameters other && shape.equals(other.shape) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * shape.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "QnnParameters" + shape;
    }
}
