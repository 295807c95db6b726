package org.adainit.jobs.grid;

import java.io.Serializable;
import org.adainit.simulator.training.TrainingConfig;
import org.adainit.simulator.training.VarianceDefinition;

/** Settings of every QNN training of a grid (spec §3: Adam, lr 0.01, batch 20, 30 epochs, per-epoch variance). */
public record TrainingSpec(int epochs, int batchSize, double learningRate, VarianceDefinition variance)
        implements Serializable {

    public TrainingConfig config() {
        return new TrainingConfig(epochs, batchSize, learningRate, variance);
    }
}
