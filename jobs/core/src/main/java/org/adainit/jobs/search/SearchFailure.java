package org.adainit.jobs.search;

/**
 * Why a search stopped before T iterations: the generator or the training threw (an unreachable endpoint, an
 * exhausted cost budget, a malformed proposal). The iterations before it stay valid.
 *
 * @param iteration the iteration that could not be completed
 * @param spent the model requests that iteration made before it failed (a failed proposal's, or the proposal whose
 *     training failed); they produced no iteration record but were sent and may have been paid for
 */
public record SearchFailure(int iteration, Stage stage, String message, ModelUsage spent) {

    /** The step of Algorithm 1 that failed. */
    public enum Stage {
        /** Line 4: proposing θ0. */
        GENERATOR,
        /** Line 5: training from θ0. */
        TRAINING
    }
}
