package org.adainit.jobs.report;

import java.awt.Color;
import org.adainit.jobs.search.PromptVariant;

/**
 * Legend names and colours of the methods, in the paper's words where it has them ("Classic", "Ours", "No desc."),
 * and always saying when a result did not come from an LLM: the embedded sampler and the random control are labelled
 * as such wherever they appear.
 */
public final class MethodLabels {

    private MethodLabels() {}

    /**
     * The style of a series of cells.
     *
     * @param method {@code classic}, {@code gainit}, {@code beinit} or {@code adainit}
     * @param generator the AdaInit generator ({@code llm}, {@code replay}, {@code embedded}, {@code random}); null for
     *     the baselines
     * @param model the LLM's model name, when the generator talked to one
     */
    public static SeriesStyle method(String method, String generator, String model) {
        return switch (method) {
            case "classic" -> SeriesStyle.solid("Classic", Palette.BLUE);
            case "gainit" -> SeriesStyle.solid("GaInit", Palette.SKY);
            case "beinit" -> SeriesStyle.solid("BeInit", Palette.ORANGE);
            default -> ours(generator, model);
        };
    }

    /** The paper's Fig. 4 names of the prompt ablations. */
    public static SeriesStyle prompt(String promptVariant) {
        PromptVariant variant = promptVariant == null ? PromptVariant.FULL : PromptVariant.parse(promptVariant);
        return switch (variant) {
            case FULL -> SeriesStyle.solid("Both desc. and feedback", Palette.VERMILLION);
            case NO_DESCRIPTION -> SeriesStyle.solid("No desc.", Palette.ORANGE);
            case NO_FEEDBACK -> SeriesStyle.solid("No feedback", Palette.BLUE);
            case NEITHER -> SeriesStyle.solid("Neither desc. nor feedback", Palette.GREY);
        };
    }

    /** "Ours" qualified by what produced θ0, so no offline result can be mistaken for an LLM's. */
    public static String generator(String generator, String model) {
        String name = model == null || model.isBlank() ? "" : " " + model;
        return switch (generator == null ? "" : generator) {
            case "llm" -> "Ours (LLM" + name + ")";
            case "replay" -> "Ours (recorded LLM" + name + " replies)";
            case "embedded" -> "Ours, embedded sampler (not an LLM)";
            case "random" -> "Random best-of-T (same-budget control, not an LLM)";
            default -> "Ours (" + generator + ")";
        };
    }

    private static SeriesStyle ours(String generator, String model) {
        Color color = switch (generator == null ? "" : generator) {
            case "embedded" -> Palette.GREEN;
            case "random" -> Palette.PURPLE;
            default -> Palette.VERMILLION;
        };
        return SeriesStyle.solid(generator(generator, model), color);
    }
}
