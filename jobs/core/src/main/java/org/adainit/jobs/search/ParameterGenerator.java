package org.adainit.jobs.search;

/**
 * The paper's GenAI model f(·): proposes the next θ0 from what the prompt carries. Implementations: {@code llm},
 * {@code embedded} (not an LLM), {@code random} (the same-budget control) and {@code replay}.
 */
public interface ParameterGenerator extends AutoCloseable {

    /** Proposes θ0 for iteration {@code context.iteration()}; never returns parameters of the wrong shape. */
    Proposal propose(SearchContext context);

    /** Label written to every output row, e.g. {@code "llm:gpt-4o"} or {@code "embedded (not an LLM)"}. */
    String label();

    /** Version of the prompt template the proposals were asked with, recorded with every iteration; empty if none. */
    default String promptVersion() {
        return "";
    }

    @Override
    default void close() {}
}
