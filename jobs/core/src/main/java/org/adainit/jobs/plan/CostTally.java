package org.adainit.jobs.plan;

/**
 * Running sums over cell estimates, added one at a time: what {@code plan} prints for a whole grid or one group of it,
 * kept without the estimates themselves so that a grid's size does not bound the memory {@code plan} needs.
 */
public final class CostTally {

    private long cells;
    private long trainings;
    private double simulatorSeconds;
    private double longestSeconds;
    private long llmCalls;
    private long tokens;
    private double costUsd;

    void add(CellEstimate estimate) {
        cells++;
        trainings += estimate.trainings();
        simulatorSeconds += estimate.simulatorSeconds();
        longestSeconds = Math.max(longestSeconds, estimate.simulatorSeconds());
        llmCalls += estimate.llmCalls();
        tokens += estimate.tokensIn() + estimate.tokensOut();
        costUsd += estimate.costUsd();
    }

    public long cells() {
        return cells;
    }

    public long trainings() {
        return trainings;
    }

    /** CPU seconds of simulator time, summed over the cells. */
    public double simulatorSeconds() {
        return simulatorSeconds;
    }

    /** The simulator seconds of the most expensive cell: no number of cores makes a run shorter. */
    public double longestSeconds() {
        return longestSeconds;
    }

    public long llmCalls() {
        return llmCalls;
    }

    public long tokens() {
        return tokens;
    }

    public double costUsd() {
        return costUsd;
    }
}
