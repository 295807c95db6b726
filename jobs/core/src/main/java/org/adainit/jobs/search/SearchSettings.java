package org.adainit.jobs.search;

import java.util.Objects;

/**
 * How one search runs, the same for every cell of a grid.
 *
 * @param iterations T, the number of proposals (the paper's §3: 50)
 * @param variant which prompt slots the generator may see (Fig. 4)
 */
public record SearchSettings(int iterations, ThresholdRule thresholdRule, PromptVariant variant) {

    /** The paper's T. */
    public static final int PAPER_ITERATIONS = 50;

    public SearchSettings {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be >= 1, got " + iterations);
        }
        Objects.requireNonNull(thresholdRule, "thresholdRule");
        Objects.requireNonNull(variant, "variant");
    }

    /** Algorithm 1 as published: the paper's threshold and the full prompt. */
    public static SearchSettings paper(int iterations) {
        return new SearchSettings(iterations, ThresholdRule.PAPER, PromptVariant.FULL);
    }
}
