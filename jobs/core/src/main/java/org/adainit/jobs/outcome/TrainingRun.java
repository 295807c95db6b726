package org.adainit.jobs.outcome;

import java.util.List;
import org.adainit.simulator.training.EpochRecord;

/**
 * The per-epoch records of one QNN training of a cell.
 *
 * @param iteration the search iteration t that trained this θ0; 0 for a baseline's single training
 * @param scores the final parameters on every split; null in outcomes written before they were recorded
 */
public record TrainingRun(int iteration, List<EpochRecord> epochs, FinalScores scores) {

    public TrainingRun {
        epochs = List.copyOf(epochs);
    }
}
