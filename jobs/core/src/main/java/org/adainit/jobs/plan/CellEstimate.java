package org.adainit.jobs.plan;

import org.adainit.jobs.generator.GeneratorName;
import org.adainit.jobs.generator.llm.Pricing;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.grid.Method;
import org.adainit.simulator.qnn.QnnShape;

/**
 * What one cell is expected to cost: QNN trainings, the training rows the simulator passes forward and back
 * ({@code samples}) and their seconds from the {@link CostModel}, and for the
 * {@code llm} generator one chat request per iteration with a rough token count (no retries or repairs assumed).
 *
 * <p>Tokens: a reply holds the θ0 dict, about {@value #TOKENS_PER_NUMBER} tokens per 4-decimal number; a prompt holds
 * the appendix text and data description (about {@value #PROMPT_TEXT_TOKENS} tokens) plus, in the feedback, the last
 * accepted θ0 again. Costs use gpt-4o's list price ({@link Pricing#GPT_4O}).
 */
public record CellEstimate(
        Cell cell, long trainings, long samples, double simulatorSeconds, long llmCalls, long tokensIn,
        long tokensOut, double costUsd) {

    static final int TOKENS_PER_NUMBER = 4;
    static final int PROMPT_TEXT_TOKENS = 400;
    static final int REPLY_OVERHEAD_TOKENS = 20;

    public static CellEstimate of(Cell cell, Grid grid, CostModel model) {
        Method method = cell.method().method();
        long trainings = switch (method) {
            case ADAINIT -> grid.search().iterations();
            case INIT_ENSEMBLE -> 0;
            default -> 1;
        };
        long rows = cell.dataset().paperSplits().train();
        // A training passes the training rows once at θ0 (its epoch 0) and once per epoch; the ensemble trains
        // nothing, and passes them twice per draw (the loss gradient and the circuit-only one).
        long samples = method == Method.INIT_ENSEMBLE
                ? 2L * cell.method().draws() * rows
                : trainings * (grid.training().epochs() + 1) * rows;
        double seconds = samples * model.sampleSeconds(cell.qubits(), cell.layers());
        long calls = cell.method().generator() == GeneratorName.LLM ? trainings : 0;
        long numbers = new QnnShape(cell.qubits(), cell.layers(), 2).parameterCount();
        long in = calls * (PROMPT_TEXT_TOKENS + TOKENS_PER_NUMBER * numbers);
        long out = calls * (REPLY_OVERHEAD_TOKENS + TOKENS_PER_NUMBER * numbers);
        return new CellEstimate(cell, trainings, samples, seconds, calls, in, out, Pricing.GPT_4O.cost(in, out));
    }
}
