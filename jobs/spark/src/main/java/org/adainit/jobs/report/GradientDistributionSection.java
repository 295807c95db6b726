package org.adainit.jobs.report;

import static org.adainit.jobs.report.SqlText.literal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The distribution of gradient magnitudes |∂E/∂θ| over training, per parameter group (circuit, head), from the
 * diagnostics job's {@code gradient_distribution} table: the median with the 5–95 % range as a band.
 */
public final class GradientDistributionSection implements SectionBuilder {

    @Override
    public String title() {
        return "Gradient magnitudes over training";
    }

    @Override
    public String requirement() {
        return "a gradient_distribution table (gradient diagnostics of chosen cells)";
    }

    @Override
    public Optional<ReportSection> build(ResultTables tables) {
        if (!tables.has("gradient_distribution", "cell_id", "epoch", "group", "count", "median", "p05", "p95")) {
            return Optional.empty();
        }
        List<ReportItem> items = new ArrayList<>();
        for (List<Object> cell : tables.query("SELECT cell_id FROM gradient_distribution GROUP BY cell_id "
                + "HAVING count(DISTINCT epoch) >= 2 ORDER BY cell_id").rows()) {
            String id = (String) cell.get(0);
            QueryResult data = tables.query("SELECT `group`, epoch, count, p05, median, p95 FROM gradient_distribution "
                    + "WHERE cell_id = " + literal(id) + " ORDER BY `group`, epoch");
            List<Band> bands = new ArrayList<>();
            int colour = 0;
            for (List<List<Object>> rows : data.groupBy(row -> row.get(0)).values()) {
                bands.add(Band.between(SeriesStyle.solid(rows.get(0).get(0) + " parameters", Palette.cycle(colour++)),
                        data, rows, "epoch", "median", "p05", "p95"));
            }
            String title = "Gradient magnitudes · " + id;
            items.add(new ReportItem(ReportItem.slug("gradients", id), title, "Median (line) and 5–95 % range (band) "
                    + "of |∂E/∂θ| over every step and parameter of the group in each epoch.", data,
                    ChartImages.render(Charts.bands(title, "epoch", "|∂E/∂θ| (nat/rad, log scale)", bands),
                            Charts.WIDTH, Charts.HEIGHT)));
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(new ReportSection("gradients", title(),
                "Whether gradients vanish during training, not only at the start.", items));
    }
}
