package org.adainit.jobs.grid;

import java.io.Serializable;

/**
 * Caps checked against the plan's estimate before any work starts; {@code run} refuses a grid whose estimate exceeds
 * one. Infinity (or {@link Long#MAX_VALUE}) means no cap.
 *
 * @param maxSimulatorHours estimated simulator CPU hours
 * @param maxLlmCalls estimated chat requests
 * @param maxTokens estimated prompt + completion tokens
 * @param maxCostUsd estimated LLM cost
 */
public record BudgetSpec(double maxSimulatorHours, long maxLlmCalls, long maxTokens, double maxCostUsd)
        implements Serializable {

    public static final BudgetSpec NONE =
            new BudgetSpec(Double.POSITIVE_INFINITY, Long.MAX_VALUE, Long.MAX_VALUE, Double.POSITIVE_INFINITY);
}
