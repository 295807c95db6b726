package org.adainit.simulator.training;

/**
 * Settings of one QNN training run (spec §3 defaults: Adam, lr 0.01, batch 20, 30 epochs, per-epoch variance).
 */
public record TrainingConfig(int epochs, int batchSize, double learningRate, VarianceDefinition variance) {

    public static final TrainingConfig PAPER = new TrainingConfig(30, 20, 0.01, VarianceDefinition.EPOCH_LAST_BATCH);

    public TrainingConfig {
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
