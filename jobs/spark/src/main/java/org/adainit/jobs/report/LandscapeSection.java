package org.adainit.jobs.report;

import static org.adainit.jobs.report.SqlText.literal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A 2D slice of the loss landscape around a cell's θ0, from the diagnostics job's {@code landscape} table. */
public final class LandscapeSection implements SectionBuilder {

    @Override
    public String title() {
        return "Loss landscape around θ0";
    }

    @Override
    public String requirement() {
        return "a landscape table (landscape diagnostics of chosen cells)";
    }

    @Override
    public Optional<ReportSection> build(ResultTables tables) {
        if (!tables.has("landscape", "cell_id", "direction_a", "direction_b", "alpha", "beta", "loss")) {
            return Optional.empty();
        }
        List<ReportItem> items = new ArrayList<>();
        for (List<Object> cell : tables.query("SELECT DISTINCT cell_id FROM landscape ORDER BY cell_id").rows()) {
            String id = (String) cell.get(0);
            QueryResult data = tables.query("SELECT direction_a, direction_b, alpha, beta, loss FROM landscape "
                    + "WHERE cell_id = " + literal(id) + " ORDER BY alpha, beta");
            int n = data.rows().size();
            double[] alpha = new double[n];
            double[] beta = new double[n];
            double[] loss = new double[n];
            for (int i = 0; i < n; i++) {
                alpha[i] = data.number(data.rows().get(i), "alpha");
                beta[i] = data.number(data.rows().get(i), "beta");
                loss[i] = data.number(data.rows().get(i), "loss");
            }
            List<Object> first = data.rows().get(0);
            String title = "Loss landscape · " + id;
            items.add(new ReportItem(ReportItem.slug("landscape", id), title, "Training loss E(θ0 + α·a + β·b) "
                    + "along direction a = " + data.text(first, "direction_a") + " and b = "
                    + data.text(first, "direction_b") + "; a flat map is a barren plateau.", data,
                    ChartImages.render(Charts.heatMap(title, "α along " + data.text(first, "direction_a") + " (rad)",
                            "β along " + data.text(first, "direction_b") + " (rad)", "loss E (nat)", alpha, beta,
                            loss, null), Charts.WIDTH, Charts.HEIGHT)));
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(new ReportSection("landscape", title(),
                "What the optimiser sees around the initial parameters.", items));
    }
}
