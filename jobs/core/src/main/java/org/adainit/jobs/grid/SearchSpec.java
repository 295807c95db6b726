package org.adainit.jobs.grid;

import java.io.Serializable;
import org.adainit.jobs.search.ThresholdRule;

/**
 * Algorithm 1's settings.
 *
 * @param iterations T (the paper: 50)
 * @param threshold the acceptance rule's external name: {@code paper} (1/(2^{2N}·T)), {@code mcclean} (1/(2^N·T)) or a
 *     fixed number
 */
public record SearchSpec(int iterations, String threshold) implements Serializable {

    public ThresholdRule thresholdRule() {
        return ThresholdRule.parse(threshold);
    }
}
