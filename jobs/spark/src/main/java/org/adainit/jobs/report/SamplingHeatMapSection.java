package org.adainit.jobs.report;

import static org.adainit.jobs.report.SqlText.literal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The paper's Fig. 7: the searched variance over the LLM's temperature × top_p grid, per dataset, the best
 * combination darkest and outlined.
 */
public final class SamplingHeatMapSection implements SectionBuilder {

    private static final String SOURCE = "FROM curves WHERE method = 'adainit' AND variant RLIKE "
            + SqlText.SAMPLING_VARIANT;

    @Override
    public String title() {
        return "Fig. 7: temperature × top_p";
    }

    @Override
    public String requirement() {
        return "adainit cells with explicit sampling settings at two or more temperatures or top_p values";
    }

    @Override
    public Optional<ReportSection> build(ResultTables tables) {
        if (!tables.has("curves", "temperature", "top_p", "dataset", "prior", "method", "variant", "generator",
                "prompt_variant", "qubits", "layers", "n", "mean", "std")) {
            return Optional.empty();
        }
        QueryResult grids = tables.query("SELECT dataset, prior, generator, prompt_variant, qubits, layers " + SOURCE
                + " GROUP BY dataset, prior, generator, prompt_variant, qubits, layers"
                + " HAVING count(DISTINCT temperature) >= 2 OR count(DISTINCT top_p) >= 2"
                + " ORDER BY dataset, prior, generator, prompt_variant, qubits, layers");
        List<ReportItem> items = new ArrayList<>();
        for (List<Object> grid : grids.rows()) {
            items.add(heatMap(tables, grids, grid));
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(new ReportSection("fig7", title(),
                "Sensitivity of the search to the LLM's sampling settings; the paper reports the darkest cells Iris "
                        + "(0.5, 0.9), Wine (0.1, 0.45), Titanic (0.8, 0.75) and MNIST (0.8, 0.8).", items));
    }

    private static ReportItem heatMap(ResultTables tables, QueryResult grids, List<Object> grid) {
        String dataset = grids.text(grid, "dataset");
        String prior = grids.text(grid, "prior");
        String generator = grids.text(grid, "generator");
        String prompt = grids.text(grid, "prompt_variant");
        Object qubits = grids.value(grid, "qubits");
        Object layers = grids.value(grid, "layers");
        QueryResult data = tables.query("SELECT temperature, top_p, n, mean, std, log10(mean) AS log10_mean " + SOURCE
                + " AND dataset = " + literal(dataset) + " AND prior = " + literal(prior) + " AND generator = "
                + literal(generator) + " AND prompt_variant <=> " + literal(prompt) + " AND qubits = "
                + literal(qubits) + " AND layers = " + literal(layers) + " AND mean > 0 ORDER BY temperature, top_p");
        int n = data.rows().size();
        double[] temperature = new double[n];
        double[] topP = new double[n];
        double[] value = new double[n];
        int best = 0;
        for (int i = 0; i < n; i++) {
            List<Object> row = data.rows().get(i);
            temperature[i] = data.number(row, "temperature");
            topP[i] = data.number(row, "top_p");
            value[i] = data.number(row, "log10_mean");
            best = value[i] > value[best] ? i : best;
        }
        String title = String.format(Locale.ROOT, "Fig. 7 · %s · %s prior · N = %s, L = %s: best temperature %s, "
                + "top_p %s", dataset, prior, qubits, layers, plain(temperature[best]), plain(topP[best]));
        String caption = "Mean over seeds of the searched gradient variance (colour: log10 of the variance in "
                + "nat²/rad²) for each (temperature, top_p); the darkest, outlined cell is the best. Generator: "
                + MethodLabels.generator(generator, null) + ", prompt " + prompt + ".";
        return new ReportItem(ReportItem.slug("fig7", dataset, prior, generator, prompt, "n" + qubits, "l" + layers),
                title, caption, data, ChartImages.render(Charts.heatMap(title, "temperature (dimensionless)",
                        "top_p (probability mass)", "log10 Var[∂E/∂l0[0,0,0]]", temperature, topP, value, "best"),
                        Charts.WIDTH, Charts.HEIGHT));
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
