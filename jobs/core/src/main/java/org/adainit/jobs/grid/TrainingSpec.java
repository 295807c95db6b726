package org.adainit.jobs.grid;

import java.io.Serializable;
import org.adainit.jobs.search.HeadInitialisation;
import org.adainit.jobs.search.ScoringHead;
import org.adainit.simulator.training.TrainingConfig;
import org.adainit.simulator.training.VarianceDefinition;

/**
 * Settings of every QNN training of a grid (the paper's §3: Adam, lr 0.01, batch 20, 30 epochs, per-epoch variance).
 *
 * @param head where the head of every trained θ0 comes from; in the grid hash only when not {@code prior}
 * @param scoringHead how that head is treated while θ0 is trained and scored; in the grid hash only when not
 *     {@code trained}
 * @param threads workers each training spreads a mini-batch over (from 14 qubits up); results do not depend on it.
 *     1 suits a cluster, where Spark already runs one cell per core; more suits a few wide cells on a big machine.
 */
public record TrainingSpec(
        int epochs, int batchSize, double learningRate, VarianceDefinition variance, int threads,
        HeadInitialisation head, ScoringHead scoringHead)
        implements Serializable {

    /** The settings of every training of the grid, the frozen head included (a re-training, e.g. diagnose, agrees). */
    public TrainingConfig config() {
        return scoringHead.configure(new TrainingConfig(epochs, batchSize, learningRate, variance, threads));
    }
}
