package org.adainit.jobs.search;

import java.util.List;
import org.adainit.simulator.qnn.QnnParameters;

/**
 * The feedback slot of the prompt (Algorithm 1, line 8), rebuilt only on acceptance: the last accepted θ0 and its
 * variance, the historical best before it, and every accepted (iteration, variance) pair so far.
 */
public record Feedback(
        QnnParameters lastAccepted, double lastAcceptedVariance, double previousBest, List<AcceptedCandidate> accepted) {

    public Feedback {
        accepted = List.copyOf(accepted);
    }

    /** One accepted candidate of the search: its iteration, θ0 and gradient variance. */
    public record AcceptedCandidate(int iteration, QnnParameters parameters, double variance) {}
}
