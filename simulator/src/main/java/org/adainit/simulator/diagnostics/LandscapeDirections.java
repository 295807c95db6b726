package org.adainit.simulator.diagnostics;

import org.adainit.simulator.qnn.QnnShape;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Directions for {@link LossLandscape} slices. Random pairs are drawn from a seed, made orthogonal (Gram–Schmidt)
 * and scaled to a root-mean-square entry of 1 over their scope, so a step of α moves a typical parameter by about α
 * radians whatever the model size; chosen directions move one named parameter.
 */
public final class LandscapeDirections {

    /** Which parameters a random direction moves. */
    public enum Scope {
        /** The circuit angles l0 only: the quantum landscape the plateau lives in. */
        CIRCUIT,
        /** Every parameter, head included. */
        ALL
    }

    private LandscapeDirections() {}

    /** Two orthogonal random directions, RMS entry 1 over {@code scope}, zero outside it. */
    public static double[][] random(QnnShape shape, Scope scope, long seed) {
        int used = scope == Scope.CIRCUIT ? shape.circuitParameterCount() : shape.parameterCount();
        if (used < 2) {
            throw new IllegalArgumentException("two orthogonal directions need at least 2 parameters, got " + used);
        }
        RandomGenerator random = new Well19937c(seed);
        double[] a = new double[shape.parameterCount()];
        double[] b = new double[shape.parameterCount()];
        for (int k = 0; k < used; k++) {
            a[k] = random.nextGaussian();
            b[k] = random.nextGaussian();
        }
        double projection = dot(a, b) / dot(a, a);
        for (int k = 0; k < used; k++) {
            b[k] -= projection * a[k];
        }
        scale(a, Math.sqrt(used / dot(a, a)));
        scale(b, Math.sqrt(used / dot(b, b)));
        return new double[][] {a, b};
    }

    /** The unit vector that moves parameter {@code index} (flat layout) only. */
    public static double[] axis(QnnShape shape, int index) {
        if (index < 0 || index >= shape.parameterCount()) {
            throw new IllegalArgumentException("parameter " + index + " outside 0.." + (shape.parameterCount() - 1));
        }
        double[] direction = new double[shape.parameterCount()];
        direction[index] = 1.0;
        return direction;
    }

    private static double dot(double[] u, double[] v) {
        double sum = 0;
        for (int k = 0; k < u.length; k++) {
            sum += u[k] * v[k];
        }
        return sum;
    }

    private static void scale(double[] u, double factor) {
        for (int k = 0; k < u.length; k++) {
            u[k] *= factor;
        }
    }
}
