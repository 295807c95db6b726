package org.adainit.simulator.qnn;

import java.util.Arrays;
import org.adainit.simulator.ansatz.QnnCircuit;
import org.adainit.simulator.circuit.Circuit;
import org.adainit.simulator.gradient.AdjointDifferentiator;
import org.adainit.simulator.observable.WeightedZSum;
import org.adainit.simulator.observable.ZExpectations;

/**
 * The paper's model, {@code Sequential(TorchLayer(AngleEmbedding + StronglyEntanglingLayers, ⟨Z_i⟩ ∀i), Linear(n, C))},
 * with mean softmax cross-entropy. The loss reaches the circuit only through the head, so per sample one adjoint
 * sweep of O = Σ_i g_i Z_i with g = l1ᵀ(softmax − onehot)/B gives every circuit gradient.
 *
 * <p>Holds reusable buffers: one instance per thread.
 */
public final class QnnModel {

    private final QnnShape shape;
    private final int features;
    private final Circuit circuit;
    private final AdjointDifferentiator adjoint;
    private final double[] circuitParameters;
    private final double[] circuitGradient;
    private final double[] expectations;
    private final double[] logits;
    private final double[] delta;
    private final WeightedZSum observable;
    private int lastBatchCorrect;

    public QnnModel(QnnShape shape, int features) {
        if (features < 1) {
            throw new IllegalArgumentException("features must be >= 1, got " + features);
        }
        this.shape = shape;
        this.features = features;
        this.circuit = QnnCircuit.build(shape.qubits(), features, shape.layers());
        this.adjoint = new AdjointDifferentiator(shape.qubits());
        this.circuitParameters = new double[circuit.parameterCount()];
        this.circuitGradient = new double[circuit.parameterCount()];
        this.expectations = new double[shape.qubits()];
        this.logits = new double[shape.classes()];
        this.delta = new double[shape.classes()];
        this.observable = new WeightedZSum(new double[shape.qubits()]);
    }

    public QnnShape shape() {
        return shape;
    }

    public int features() {
        return features;
    }

    /** Writes ⟨Z_i⟩ and the logits of one sample into the given arrays. */
    public void forward(QnnParameters parameters, double[] x, double[] expectationsOut, double[] logitsOut) {
        loadWeights(parameters);
        runCircuit(x);
        System.arraycopy(expectations, 0, expectationsOut, 0, expectations.length);
        head(parameters, expectations, logitsOut);
    }

    /**
     * Mean cross-entropy over the samples {@code order[from..to)} and its gradient, written (not added) into
     * {@code gradient} in {@link QnnParameters}' flat layout. The number classified correctly is then available from
     * {@link #lastBatchCorrect()}.
     */
    public double lossAndGradient(
            QnnParameters parameters, double[][] x, int[] y, int[] order, int from, int to, double[] gradient) {
        int batch = to - from;
        if (batch < 1) {
            throw new IllegalArgumentException("empty batch");
        }
        Arrays.fill(gradient, 0.0);
        Arrays.fill(circuitGradient, 0.0);
        loadWeights(parameters);
        double[] weights = observable.weights();
        double loss = 0;
        int correct = 0;
        for (int b = from; b < to; b++) {
            int sample = order[b];
            int label = y[sample];
            runCircuit(x[sample]);
            head(parameters, expectations, logits);
            loss += crossEntropyDelta(logits, label, batch);
            if (argmax(logits) == label) {
                correct++;
            }
            for (int c = 0; c < shape.classes(); c++) {
                for (int w = 0; w < shape.qubits(); w++) {
                    gradient[shape.l1Index(c, w)] += delta[c] * expectations[w];
                }
                gradient[shape.l2Index(c)] += delta[c];
            }
            for (int w = 0; w < shape.qubits(); w++) {
                double g = 0;
                for (int c = 0; c < shape.classes(); c++) {
                    g += parameters.l1(c, w) * delta[c];
                }
                weights[w] = g;
            }
            adjoint.backward(circuit, circuitParameters, observable, circuitGradient);
        }
        System.arraycopy(circuitGradient, features, gradient, 0, shape.circuitParameterCount());
        lastBatchCorrect = correct;
        return loss / batch;
    }

    public int lastBatchCorrect() {
        return lastBatchCorrect;
    }

    private void loadWeights(QnnParameters parameters) {
        if (!parameters.shape().equals(shape)) {
            throw new IllegalArgumentException("parameters of shape " + parameters.shape() + " for model " + shape);
        }
        System.arraycopy(parameters.values(), 0, circuitParameters, features, shape.circuitParameterCount());
    }

    private void runCircuit(double[] x) {
        if (x.length != features) {
            throw new IllegalArgumentException("sample has " + x.length + " features, model expects " + features);
        }
        System.arraycopy(x, 0, circuitParameters, 0, features);
        adjoint.forward(circuit, circuitParameters);
        ZExpectations.compute(adjoint.state(), expectations);
    }

    private void head(QnnParameters parameters, double[] z, double[] out) {
        for (int c = 0; c < shape.classes(); c++) {
            double sum = parameters.l2(c);
            for (int w = 0; w < shape.qubits(); w++) {
                sum += parameters.l1(c, w) * z[w];
            }
            out[c] = sum;
        }
    }

    /** Returns −log softmax(logits)[label] and leaves (softmax − onehot)/batch in {@code delta}. */
    private double crossEntropyDelta(double[] z, int label, int batch) {
        if (label < 0 || label >= z.length) {
            throw new IllegalArgumentException("label " + label + " outside 0.." + (z.length - 1));
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : z) {
            sum += Math.exp(v - max);
        }
        double logSumExp = max + Math.log(sum);
        for (int c = 0; c < z.length; c++) {
            delta[c] = (Math.exp(z[c] - logSumExp) - (c == label ? 1 : 0)) / batch;
        }
        return logSumExp - z[label];
    }

    /** Index of the largest logit, the first on ties (as torch.argmax). */
    static int argmax(double[] z) {
        int best = 0;
        for (int c = 1; c < z.length; c++) {
            if (z[c] > z[best]) {
                best = c;
            }
        }
        return best;
    }
}
