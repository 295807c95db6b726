package org.adainit.simulator.training;

/**
 * Settings of one QNN training run (the paper's §3 defaults: Adam, lr 0.01, batch 20, 30 epochs, per-epoch variance).
 *
 * @param threads workers a mini-batch's samples are spread over, from 14 qubits up (narrower circuits are faster on
 *     one); results do not depend on it. Keep 1 where Spark already runs one cell per core.
 * @param headFrozen when true Adam updates the circuit weights l0 only and the head (l1, l2) keeps its initial values,
 *     as with {@code requires_grad=False} on torch's Linear layer; the paper trains all three (false)
 */
public record TrainingConfig(
        int epochs, int batchSize, double learningRate, VarianceDefinition variance, int threads, boolean headFrozen) {

    public static final TrainingConfig PAPER = new TrainingConfig(30, 20, 0.01, VarianceDefinition.EPOCH_LAST_BATCH);

    /** Single-threaded settings that train every parameter. */
    public TrainingConfig(int epochs, int batchSize, double learningRate, VarianceDefinition variance) {
        this(epochs, batchSize, learningRate, variance, 1);
    }

    /** Settings that train every parameter. */
    public TrainingConfig(int epochs, int batchSize, double learningRate, VarianceDefinition variance, int threads) {
        this(epochs, batchSize, learningRate, variance, threads, false);
    }

    /** The same settings on {@code count} threads. */
    public TrainingConfig withThreads(int count) {
        return new TrainingConfig(epochs, batchSize, learningRate, variance, count, headFrozen);
    }

    /** The same settings with the head (l1, l2) frozen at its initial values. */
    public TrainingConfig withHeadFrozen() {
        return new TrainingConfig(epochs, batchSize, learningRate, variance, threads, true);
    }

    public TrainingConfig {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a positive number, got " + learningRate);
        }
    }
}
