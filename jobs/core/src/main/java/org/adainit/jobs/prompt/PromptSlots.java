package org.adainit.jobs.prompt;

import java.util.Optional;
import org.adainit.jobs.search.PromptVariant;
import org.adainit.jobs.search.SearchContext;
import org.adainit.simulator.qnn.QnnShape;

/**
 * The values of the prompt's placeholders for one request.
 *
 * @param init the prior's exact law ({@code Initialiser.law()}), e.g. "standard uniform" or "normal with mean 0 and
 *     std 0.25"; it replaces the template's "standard {init}" whole, so "standard" appears only for standard laws
 *     (docs/llm.md)
 * @param dataDescription the {data_desc} text, {@link #NOT_AVAILABLE} when blanked
 * @param feedback the {feedback} text, {@link #NOT_AVAILABLE} when blanked, {@link #NO_FEEDBACK_YET} before the
 *     first acceptance
 */
public record PromptSlots(
        int nlayers,
        int nqubits,
        int nrot,
        int nclasses,
        String init,
        String dataDescription,
        String feedback) {

    /** What an ablated (Fig. 4) or absent slot says. */
    public static final String NOT_AVAILABLE = "N/A";

    /** The feedback slot of x_p^(1), before anything was accepted (docs/llm.md). */
    public static final String NO_FEEDBACK_YET = "none";

    /** Slots for one search iteration; the variant only decides what an empty feedback slot says. */
    public static PromptSlots forSearch(SearchContext context, PromptVariant variant, PromptTemplate template) {
        QnnShape shape = context.shape();
        String feedback = context.feedback()
                .map(template::feedbackText)
                .orElse(variant.carriesFeedback() ? NO_FEEDBACK_YET : NOT_AVAILABLE);
        return new PromptSlots(
                shape.layers(),
                shape.qubits(),
                QnnShape.ROTATIONS_PER_WIRE,
                shape.classes(),
                context.prior().law(),
                nonBlank(context.datasetDescription()),
                feedback);
    }

    private static String nonBlank(Optional<String> text) {
        return text.filter(t -> !t.isBlank()).orElse(NOT_AVAILABLE);
    }
}
