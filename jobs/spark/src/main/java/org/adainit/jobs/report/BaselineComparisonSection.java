package org.adainit.jobs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The paper's Fig. 6: GaInit and BeInit against the search started from the same law (the cells' prior is
 * {@code gainit} or {@code beinit} for both).
 */
public final class BaselineComparisonSection implements SectionBuilder {

    private static final String SOURCE = "FROM curves c " + VarianceScalingSection.MODELS
            + " WHERE c.prior IN ('gainit', 'beinit') AND c.method IN ('gainit', 'beinit', 'adainit')"
            + " AND coalesce(c.prompt_variant, 'full') = 'full' AND c.variant NOT RLIKE " + SqlText.SAMPLING_VARIANT
            + " AND (c.dataset, c.prior) IN (SELECT dataset, prior FROM curves WHERE method IN ('gainit', 'beinit'))";

    @Override
    public String title() {
        return "Fig. 6: GaInit and BeInit vs Ours";
    }

    @Override
    public String requirement() {
        return "gainit or beinit cells at two or more qubit or layer counts";
    }

    @Override
    public Optional<ReportSection> build(ResultTables tables) {
        if (!tables.has("curves", ScalingPanels.CURVE_COLUMNS) || !tables.has("cells", "variant", "model")) {
            return Optional.empty();
        }
        ScalingPanels panels = new ScalingPanels("Fig. 6", SOURCE, List.of("c.variant", "c.method", "c.generator",
                "m.model"), row -> MethodLabels.method(row.text("method"), row.text("generator"), row.text("model")));
        List<ReportItem> items = new ArrayList<>();
        for (ScalingAxis axis : ScalingAxis.BOTH) {
            items.addAll(panels.panels(tables, axis, "Mean ± std over seeds. GaInit draws θ0 from N(0, γ²), BeInit "
                    + "from the Beta law fitted to the training features; Ours searches with that same law named in "
                    + "the prompt (prior gainit or beinit)."));
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(new ReportSection("fig6", title(),
                "The two initialisation strategies against the search from the corresponding distribution; the paper "
                        + "expects Ours to stay higher as the circuit grows.", items));
    }
}
