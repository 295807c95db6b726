package org.adainit.jobs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The paper's Fig. 4: the search with and without the data description and the gradient feedback in the prompt. */
public final class PromptAblationSection implements SectionBuilder {

    private static final String SOURCE = "FROM curves c WHERE c.method = 'adainit' AND c.variant NOT RLIKE "
            + SqlText.SAMPLING_VARIANT + " AND (c.dataset, c.prior, c.generator) IN (SELECT dataset, prior, generator"
            + " FROM curves WHERE method = 'adainit' GROUP BY dataset, prior, generator"
            + " HAVING count(DISTINCT coalesce(prompt_variant, 'full')) >= 2)";

    @Override
    public String title() {
        return "Fig. 4: prompt ablations";
    }

    @Override
    public String requirement() {
        return "adainit cells of one generator with two or more prompt variants, at two or more qubit or layer counts";
    }

    @Override
    public Optional<ReportSection> build(ResultTables tables) {
        if (!ScalingPanels.supported(tables)) {
            return Optional.empty();
        }
        ScalingPanels panels = new ScalingPanels("Fig. 4", SOURCE, List.of("c.generator", "c.prompt_variant"),
                PromptAblationSection::style);
        List<ReportItem> items = new ArrayList<>();
        for (ScalingAxis axis : ScalingAxis.ALL) {
            panels.panels(tables, axis, "The searched initialisation's gradient variance for each prompt variant: "
                    + "the full prompt, without the data description (\"No desc.\"), without the feedback (\"No "
                    + "feedback\"), and without both.").forEach(panel -> items.add(panel.item()));
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(new ReportSection("fig4", title(),
                "Does the prompt's content matter? The paper expects every ablation to lower the variance, and "
                        + "removing the feedback to hurt more than removing the description.", items));
    }

    /** Prompt variants keep the paper's names; an offline generator's series also say so. */
    private static SeriesStyle style(ScalingPanels.Row row) {
        SeriesStyle prompt = MethodLabels.prompt(row.text("prompt_variant"));
        String generator = row.text("generator");
        if ("llm".equals(generator) || "replay".equals(generator)) {
            return prompt;
        }
        return SeriesStyle.solid(prompt.label() + " · " + MethodLabels.generator(generator, null), prompt.color());
    }
}
