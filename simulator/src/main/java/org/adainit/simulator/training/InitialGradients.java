package org.adainit.simulator.training;

import org.adainit.simulator.qnn.CircuitEvaluator;
import org.adainit.simulator.qnn.QnnModel;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.apache.commons.math3.util.MathArrays;

/**
 * Gradients at θ0 itself, before any training step, over the whole training split: the quantities of the
 * over-initialisations view of the barren plateau (McClean et al. 2018, the variance over random θ of one partial
 * derivative), as opposed to the paper's over-epochs metric (Lemma 1).
 */
public final class InitialGradients {

    private InitialGradients() {}

    /**
     * Epoch 0: the mean cross-entropy, accuracy, ∂E/∂l0[0,0,0] and gradient norm of the full batch at θ0 (no
     * shuffle, no step), as an {@link EpochRecord} with epoch 0.
     */
    public static EpochRecord atTheta0(QnnModel model, QnnParameters theta0, double[][] x, int[] y) {
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        double[] gradient = new double[theta0.shape().parameterCount()];
        double loss = model.lossAndGradient(theta0, x, y, order, 0, x.length, gradient);
        return new EpochRecord(0, loss, (double) model.lastBatchCorrect() / x.length,
                gradient[theta0.shape().l0Index(0, 0, 0)], MathArrays.safeNorm(gradient));
    }

    /**
     * The circuit alone: the mean over the rows of ∂⟨Z_0⟩/∂l0[0,0,0] at θ0, without the head and the loss, the
     * quantity whose variance over random θ the 2-design results predict for a 1-local observable.
     */
    public static double circuitZ0(CircuitEvaluator circuit, QnnParameters theta0, double[][] x) {
        QnnShape shape = theta0.shape();
        double[] z = new double[shape.qubits()];
        double[] onlyZ0 = new double[shape.qubits()];
        onlyZ0[0] = 1.0;
        double[] gradient = new double[shape.circuitParameterCount()];
        for (double[] row : x) {
            circuit.forward(theta0.values(), row, z);
            circuit.backward(theta0.values(), onlyZ0, gradient);
        }
        return gradient[shape.l0Index(0, 0, 0)] / x.length;
    }
}
