package org.adainit.jobs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The paper's Fig. 3: gradient variance against qubits and against layers for each dataset and prior, Classic
 * against Ours, with the random same-budget control and the embedded sampler beside the LLM wherever they ran.
 */
public final class VarianceScalingSection implements SectionBuilder {

    /** The model an LLM variant talked to, for its legend entry; baselines and offline generators have none. */
    static final String MODELS =
            "LEFT JOIN (SELECT variant, max(model) AS model FROM cells GROUP BY variant) m ON c.variant = m.variant";

    private static final String SOURCE = "FROM curves c " + MODELS
            + " WHERE c.method IN ('classic', 'adainit') AND coalesce(c.prompt_variant, 'full') = 'full'"
            + " AND c.variant NOT RLIKE " + SqlText.SAMPLING_VARIANT;

    @Override
    public String title() {
        return "Fig. 3: gradient variance vs qubits and layers, Classic vs Ours";
    }

    @Override
    public String requirement() {
        return "tables curves and cells, and classic or adainit cells at two or more qubit or layer counts";
    }

    @Override
    public Optional<ReportSection> build(ResultTables tables) {
        if (!tables.has("curves", ScalingPanels.CURVE_COLUMNS) || !tables.has("cells", "variant", "model")) {
            return Optional.empty();
        }
        ScalingPanels panels = new ScalingPanels("Fig. 3", SOURCE, List.of("c.variant", "c.method", "c.generator",
                "m.model"), row -> MethodLabels.method(row.text("method"), row.text("generator"), row.text("model")));
        List<ReportItem> items = new ArrayList<>();
        for (ScalingAxis axis : ScalingAxis.BOTH) {
            items.addAll(panels.panels(tables, axis, "Mean over seeds (line) ± one sample standard deviation (band) of "
                    + "the variance of ∂E/∂l0[0,0,0] over the training epochs. \"Classic\" trains from one draw of the "
                    + "prior; \"Ours\" is the AdaInit search's S^(T). Results labelled \"not an LLM\" come from an "
                    + "offline generator."));
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(new ReportSection("fig3", title(),
                "Per dataset and prior, how the gradient variance falls as the circuit grows (the barren plateau), "
                        + "for a prior draw (Classic) and for the searched initialisation (Ours).", items));
    }
}
