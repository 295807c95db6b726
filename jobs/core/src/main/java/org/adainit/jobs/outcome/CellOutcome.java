package org.adainit.jobs.outcome;

import java.util.List;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.search.IterationRecord;
import org.adainit.jobs.search.ModelUsage;

/**
 * Everything one cell produced, committed as one file the moment the cell finishes, from which its rows of the
 * cells, iterations and epochs tables are built. A failed cell keeps its error and whatever completed before it.
 *
 * @param error null when the cell is {@link CellStatus#OK}
 * @param selection θ0* (or a baseline's draw); null when no training completed
 * @param finalS S^(T) of Algorithm 1 (0 when nothing was accepted); null for the baselines
 * @param threshold the search's acceptance threshold; null for the baselines
 * @param acceptedCount |Θ*|
 * @param generatorLabel the generator's label, e.g. "embedded (not an LLM)"; empty for the baselines
 * @param promptVersion the prompt template's version id; empty when no prompt is rendered
 * @param iterations one record per completed search iteration
 * @param trainings the epochs of every training (search iterations, or the baseline's one); for init-ensemble one
 *     run per draw k = 1..K holding only its epoch 0
 * @param failedIterationUsage the model requests of the iteration that failed, which has no iteration record; NONE
 *     when no iteration failed (and in outcomes committed before it was recorded)
 * @param circuitZ0Variance init-ensemble only: the sample variance over the draws of the circuit-only
 *     ∂⟨Z_0⟩/∂l0[0,0,0]; null otherwise (and in files written before it existed)
 */
public record CellOutcome(
        Cell cell,
        CellStatus status,
        String error,
        SelectedTheta selection,
        Double finalS,
        Double threshold,
        int acceptedCount,
        String generatorLabel,
        String promptVersion,
        List<IterationRecord> iterations,
        List<TrainingRun> trainings,
        Timing timing,
        Provenance provenance,
        ModelUsage failedIterationUsage,
        Double circuitZ0Variance) {

    /** An outcome without a circuit-only variance: every method but init-ensemble. */
    public CellOutcome(Cell cell, CellStatus status, String error, SelectedTheta selection, Double finalS,
            Double threshold, int acceptedCount, String generatorLabel, String promptVersion,
            List<IterationRecord> iterations, List<TrainingRun> trainings, Timing timing, Provenance provenance,
            ModelUsage failedIterationUsage) {
        this(cell, status, error, selection, finalS, threshold, acceptedCount, generatorLabel, promptVersion,
                iterations, trainings, timing, provenance, failedIterationUsage, null);
    }

    public CellOutcome {
        iterations = List.copyOf(iterations);
        failedIterationUsage = failedIterationUsage == null ? ModelUsage.NONE : failedIterationUsage;
        trainings = List.copyOf(trainings);
        if ((status == CellStatus.OK) != (error == null)) {
            throw new IllegalArgumentException("an error goes with a failed cell and only with it");
        }
    }

    /** Every model request of the cell: its iterations' and the failed iteration's. */
    public ModelUsage modelUsage() {
        return ModelUsage.ofSearch(iterations, failedIterationUsage);
    }

    /** A cell that could not even start (no data, no generator): only its error. */
    public static CellOutcome failedBeforeStart(Cell cell, String error, Timing timing, Provenance provenance) {
        return new CellOutcome(cell, CellStatus.FAILED, error, null, null, null, 0, "", "", List.of(), List.of(),
                timing, provenance, ModelUsage.NONE);
    }
}
