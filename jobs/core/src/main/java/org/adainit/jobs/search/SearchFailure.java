package org.adainit.jobs.search;

/**
 * Why a search stopped before T iterations: the generator or the training threw (an unreachable endpoint, an
 * exhausted cost budget, a malformed proposal). The iterations before it stay valid.
 *
 * @param iteration the iteration that could not be completed
 */
public record SearchFailure(int iteration, Stage stage, String message) {

    /** The step of Algorithm 1 that failed. */
    public enum Stage {
        /** Line 4: proposing θ0. */
        GENERATOR,
        /** Line 5: training from θ0. */
        TRAINING
    }
}
