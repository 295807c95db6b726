package org.adainit.simulator.qnn;

import java.util.Arrays;

/**
 * The paper's model, {@code Sequential(TorchLayer(AngleEmbedding + StronglyEntanglingLayers, ⟨Z_i⟩ ∀i), Linear(n, C))},
 * with mean softmax cross-entropy. The loss reaches the circuit only through the head, so per sample one backward
 * sweep with g = l1ᵀ(softmax − onehot)/B as ∂L/∂⟨Z⟩ gives every circuit gradient.
 *
 * <p>Holds reusable buffers: one instance per thread.
 */
public final class QnnModel {

    private final QnnShape shape;
    private final int features;
    private final CircuitEvaluator circuit;
    private final double[] expectations;
    private final double[] logits;
    private final double[] delta;
    private final double[] zGradient;
    private int lastBatchCorrect;

    public QnnModel(QnnShape shape, int features, CircuitEvaluator circuit) {
        if (features < 1) {
            throw new IllegalArgumentException("features must be >= 1, got " + features);
        }
        if (features > shape.qubits()) {
            throw new IllegalArgumentException("AngleEmbedding: " + features + " features do not fit on "
                    + shape.qubits() + " qubits (reduce the features to at most the qubit count)");
        }
        this.shape = shape;
        this.features = features;
        this.circuit = circuit;
        this.expectations = new double[shape.qubits()];
        this.logits = new double[shape.classes()];
        this.delta = new double[shape.classes()];
        this.zGradient = new double[shape.qubits()];
    }

    /** The model on the gate-by-gate reference simulator. */
    public static QnnModel reference(QnnShape shape, int features) {
        return new QnnModel(shape, features, new ReferenceCircuitEvaluator(shape, features));
    }

    public QnnShape shape() {
        return shape;
    }

    public int features() {
        return features;
    }

    /** Writes ⟨Z_i⟩ and the logits of one sample into the given arrays. */
    public void forward(QnnParameters parameters, double[] x, double[] expectationsOut, double[] logitsOut) {
        requireShape(parameters);
        runCircuit(parameters, x);
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
        requireShape(parameters);
        Arrays.fill(gradient, 0.0);
        double loss = 0;
        int correct = 0;
        for (int b = from; b < to; b++) {
            loss += accumulateSample(parameters, x[order[b]], y[order[b]], batch, gradient);
            if (argmax(logits) == y[order[b]]) {
                correct++;
            }
        }
        lastBatchCorrect = correct;
        return loss / batch;
    }

    /** Mean cross-entropy over all of (x, y), forward passes only: what a loss-landscape slice evaluates. */
    public double meanLoss(QnnParameters parameters, double[][] x, int[] y) {
        return score(parameters, x, y).loss();
    }

    /** Mean cross-entropy and accuracy (argmax of the logits, first on ties) over all of (x, y), forward passes only. */
    public SplitScore score(QnnParameters parameters, double[][] x, int[] y) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("need as many labels as samples (>0), got " + x.length + " and "
                    + y.length);
        }
        requireShape(parameters);
        double loss = 0;
        int correct = 0;
        for (int i = 0; i < x.length; i++) {
            runCircuit(parameters, x[i]);
            head(parameters, expectations, logits);
            loss += crossEntropyDelta(logits, y[i], x.length);
            correct += argmax(logits) == y[i] ? 1 : 0;
        }
        return new SplitScore(loss / x.length, (double) correct / x.length);
    }

    /**
     * Adds one sample's share of the batch gradient (its loss divided by {@code batch}) into {@code gradient} and
     * returns its cross-entropy. The logits stay readable through {@link #lastLogits()}.
     */
    public double accumulateSample(QnnParameters parameters, double[] x, int label, int batch, double[] gradient) {
        runCircuit(parameters, x);
        head(parameters, expectations, logits);
        double loss = crossEntropyDelta(logits, label, batch);
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
            zGradient[w] = g;
        }
        circuit.backward(parameters.values(), zGradient, gradient);
        return loss;
    }

    public int lastBatchCorrect() {
        return lastBatchCorrect;
    }

    /** The logits of the last sample evaluated. */
    public double[] lastLogits() {
        return logits;
    }

    private void requireShape(QnnParameters parameters) {
        if (!parameters.shape().equals(shape)) {
            throw new IllegalArgumentException("parameters of shape " + parameters.shape() + " for model " + shape);
        }
    }

    private void runCircuit(QnnParameters parameters, double[] x) {
        if (x.length != features) {
            throw new IllegalArgumentException("sample has " + x.length + " features, model expects " + features);
        }
        circuit.forward(parameters.values(), x, expectations);
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
