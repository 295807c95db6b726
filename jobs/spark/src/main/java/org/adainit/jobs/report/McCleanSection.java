package org.adainit.jobs.report;

import static org.adainit.jobs.report.SqlText.literal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * McClean et al. 2018 from the diagnostics job's {@code mcclean} table: the variance of ∂⟨Z1Z2⟩/∂θ_{1,1} over random
 * circuits against the qubit count (their Fig. 3) and against depth (their Fig. 4), each next to the 2-design
 * prediction 2^n/(3(4^n−1)) as a dashed line; the fitted ln-slopes and plateau onsets as tables when present.
 */
public final class McCleanSection implements SectionBuilder {

    private static final String Y_LABEL = "Var[∂⟨Z1Z2⟩/∂θ1,1] over circuits (1/rad², log scale)";

    @Override
    public String title() {
        return "McClean et al. 2018: gradient variance of random circuits";
    }

    @Override
    public String requirement() {
        return "a mcclean table (diagnostics grid kind mcclean)";
    }

    @Override
    public Optional<ReportSection> build(ResultTables tables) {
        if (!tables.has("mcclean", "depth", "qubits", "layers", "samples", "variance", "variance_stderr",
                "prediction")) {
            return Optional.empty();
        }
        List<ReportItem> items = new ArrayList<>();
        QueryResult rules = tables.query("SELECT depth FROM mcclean GROUP BY depth HAVING count(DISTINCT qubits) >= 2 "
                + "ORDER BY depth");
        for (List<Object> rule : rules.rows()) {
            String depth = (String) rule.get(0);
            QueryResult data = tables.query("SELECT depth, qubits, layers, samples, variance, variance_stderr, "
                    + "prediction FROM mcclean WHERE depth = " + literal(depth) + " ORDER BY qubits");
            String title = "McClean Fig. 3 · depth " + depth + ": gradient variance vs qubits";
            items.add(new ReportItem(ReportItem.slug("mcclean-qubits", depth), title, "Sample variance over random "
                    + "circuits ± its standard error; dashed: the 2-design prediction 2^n/(3(4^n−1)). McClean's fit "
                    + "has ln-slope −0.685 per qubit.", data, ChartImages.render(Charts.bands(title,
                            "number of qubits n", Y_LABEL, List.of(
                                    Band.symmetric(SeriesStyle.solid("measured", Palette.BLUE), data, data.rows(),
                                            "qubits", "variance", "variance_stderr"),
                                    Band.line(SeriesStyle.reference("2-design prediction", Palette.BLACK), data,
                                            data.rows(), "qubits", "prediction"))),
                            Charts.WIDTH, Charts.HEIGHT)));
        }
        QueryResult depthSeries = tables.query("SELECT qubits, layers, depth, samples, variance, variance_stderr, "
                + "prediction FROM mcclean WHERE qubits IN (SELECT qubits FROM mcclean GROUP BY qubits "
                + "HAVING count(DISTINCT layers) >= 2) ORDER BY qubits, layers");
        if (!depthSeries.isEmpty()) {
            List<Band> bands = new ArrayList<>();
            int colour = 0;
            for (List<List<Object>> rows : depthSeries.groupBy(row -> row.get(0)).values()) {
                Object n = rows.get(0).get(0);
                java.awt.Color color = Palette.cycle(colour++);
                bands.add(Band.symmetric(SeriesStyle.solid("n = " + n, color), depthSeries, rows, "layers",
                        "variance", "variance_stderr"));
                bands.add(Band.line(SeriesStyle.reference("n = " + n + " 2-design", color), depthSeries, rows,
                        "layers", "prediction"));
            }
            String title = "McClean Fig. 4: gradient variance vs layers";
            items.add(new ReportItem("mcclean-layers", title, "Sample variance ± standard error against the number "
                    + "of layers, one colour per qubit count; dashed: the 2-design value each approaches (McClean: by "
                    + "about 10n layers).", depthSeries, ChartImages.render(Charts.bands(title, "number of layers L",
                            Y_LABEL, bands), Charts.WIDTH, Charts.HEIGHT)));
        }
        if (tables.has("mcclean_slopes")) {
            items.add(ReportItem.table("mcclean-slopes", "Fitted ln-slopes of the variance against n", "slope of "
                    + "ln Var = intercept + slope·n, next to the 2-design prediction and McClean's −0.685.",
                    tables.query("SELECT * FROM mcclean_slopes ORDER BY depth")));
        }
        if (tables.has("mcclean_plateaus")) {
            items.add(ReportItem.table("mcclean-plateaus", "Plateau onset per qubit count", "The depth from which "
                    + "the variance stays at the 2-design value, in layers and per qubit.",
                    tables.query("SELECT * FROM mcclean_plateaus ORDER BY qubits")));
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(new ReportSection("mcclean", title(),
                "The barren plateau itself, checked against the published physics.", items));
    }
}
