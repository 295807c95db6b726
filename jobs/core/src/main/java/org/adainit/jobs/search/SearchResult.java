package org.adainit.jobs.search;

import java.util.List;
import java.util.Optional;
import org.adainit.jobs.search.Feedback.AcceptedCandidate;
import org.adainit.simulator.qnn.QnnParameters;

/**
 * Outcome of one search.
 *
 * @param iterations every completed iteration, in order
 * @param accepted Θ*, in order of acceptance
 * @param selection θ0*: the last accepted candidate, or the fallback; empty only if no iteration completed
 * @param finalS S^(T), the paper's "Ours" value (0 when nothing was accepted)
 * @param failure why the search stopped early, if it did
 */
public record SearchResult(
        List<SearchIteration> iterations,
        List<AcceptedCandidate> accepted,
        Optional<Selection> selection,
        double finalS,
        Optional<SearchFailure> failure) {

    public SearchResult {
        iterations = List.copyOf(iterations);
        accepted = List.copyOf(accepted);
    }

    /**
     * The chosen θ0*.
     *
     * @param fallback true when Θ* was empty and θ0* is the argmax of V^(t) instead (docs/search.md), and the
     *     run is flagged
     */
    public record Selection(int iteration, QnnParameters parameters, double variance, boolean fallback) {}

    public List<IterationRecord> records() {
        return iterations.stream().map(SearchIteration::record).toList();
    }

    public boolean fallbackUsed() {
        return selection.map(Selection::fallback).orElse(false);
    }

    public boolean completed() {
        return failure.isEmpty();
    }
}
