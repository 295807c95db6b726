package org.adainit.simulator.training;

import java.util.ArrayList;
import java.util.List;
import org.adainit.simulator.fast.CircuitEvaluators;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.util.MathArrays;

/**
 * Trains the QNN from θ0 with Adam on shuffled mini-batches (a fresh permutation each epoch, drawn from the run's
 * seed) and scores the gradient-variance metric of the paper's Lemma 1 (§2.3) on ∂E/∂l0[0,0,0]. With
 * {@link TrainingConfig#headFrozen()} only the circuit weights move; the recorded gradients (tracked value, norm) are
 * still those of the loss with respect to every parameter.
 */
public final class Trainer {

    private final TrainingConfig config;
    private final BeInitPerturbation perturbation;

    public Trainer(TrainingConfig config) {
        this(config, null);
    }

    /** A trainer that perturbs the circuit weights after every step; {@code perturbation} may be null for none. */
    public Trainer(TrainingConfig config, BeInitPerturbation perturbation) {
        this.config = config;
        this.perturbation = perturbation;
    }

    /**
     * Narrower circuits train on one thread whatever {@link TrainingConfig#threads()} says: a sample there takes
     * about 0.1 ms or less, too little for handing shares of a batch to other threads to pay reliably (BENCHMARKS.md,
     * the threaded section of {@code submit/adainit bench --threads 1,2}: a steady gain only from 14 qubits up).
     */
    static final int PARALLEL_FROM_QUBITS = 14;

    public TrainingConfig config() {
        return config;
    }

    /**
     * Trains a copy of {@code initial} on (x, y); x rows hold d ≤ qubits angles, y the class indices.
     *
     * @param seed drives the per-epoch shuffles only
     */
    public TrainingResult train(QnnParameters initial, double[][] x, int[] y, long seed) {
        return train(initial, x, y, seed, null);
    }

    /**
     * {@link #train(QnnParameters, double[][], int[], long)} with {@code observer} shown every step's gradient; null
     * for none. Observing does not change the run.
     */
    public TrainingResult train(QnnParameters initial, double[][] x, int[] y, long seed, GradientObserver observer) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("need as many labels as samples (>0), got " + x.length + " and "
                    + y.length);
        }
        QnnShape shape = initial.shape();
        int batch = Math.min(config.batchSize(), x.length);
        int workers = shape.qubits() >= PARALLEL_FROM_QUBITS ? Math.min(config.threads(), batch) : 1;
        try (BatchGradient batches = new BatchGradient(shape, x[0].length, workers, batch)) {
            return train(initial, x, y, seed, shape, batches, observer);
        }
    }

    private TrainingResult train(
            QnnParameters initial, double[][] x, int[] y, long seed, QnnShape shape, BatchGradient model,
            GradientObserver observer) {
        QnnParameters parameters = initial.copy();
        EpochRecord atTheta0 = InitialGradients.atTheta0(
                CircuitEvaluators.fastestModel(shape, x[0].length), parameters, x, y);
        double[] theta = parameters.values();
        double[] gradient = new double[theta.length];
        Adam adam = new Adam(theta.length, config.learningRate());
        RandomGenerator shuffle = new Well19937c(seed);
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int stepsPerEpoch = (x.length + config.batchSize() - 1) / config.batchSize();
        double[] stepGradients = new double[config.epochs() * stepsPerEpoch];
        double[] epochLast = new double[config.epochs()];
        double[] epochMean = new double[config.epochs()];
        List<EpochRecord> epochs = new ArrayList<>(config.epochs());
        int tracked = shape.l0Index(0, 0, 0);
        int trained = config.headFrozen() ? shape.circuitParameterCount() : theta.length;
        int step = 0;
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            MathArrays.shuffle(order, shuffle);
            double lossSum = 0;
            int correct = 0;
            double gradientNorm = 0;
            for (int from = 0; from < x.length; from += config.batchSize()) {
                int to = Math.min(from + config.batchSize(), x.length);
                double loss = model.lossAndGradient(parameters, x, y, order, from, to, gradient);
                lossSum += loss * (to - from);
                correct += model.lastCorrect();
                stepGradients[step++] = gradient[tracked];
                gradientNorm = MathArrays.safeNorm(gradient);
                if (observer != null) {
                    observer.step(epoch + 1, step, gradient);
                }
                adam.step(theta, gradient, trained);
                if (perturbation != null) {
                    perturbation.perturb(theta, gradient, step, shape);
                }
            }
            int epochFirstStep = epoch * stepsPerEpoch;
            epochLast[epoch] = stepGradients[step - 1];
            epochMean[epoch] = new Mean().evaluate(stepGradients, epochFirstStep, stepsPerEpoch);
            epochs.add(new EpochRecord(
                    epoch + 1, lossSum / x.length, (double) correct / x.length, epochLast[epoch], gradientNorm));
        }
        double[] samples = switch (config.variance()) {
            case EPOCH_LAST_BATCH -> epochLast;
            case PER_STEP -> stepGradients;
            case EPOCH_MEAN -> epochMean;
        };
        double variance = new Variance(false).evaluate(samples);
        return new TrainingResult(parameters, variance, samples.clone(), List.copyOf(epochs), atTheta0);
    }
}
