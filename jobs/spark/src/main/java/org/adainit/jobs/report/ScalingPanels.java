package org.adainit.jobs.report;

import static org.adainit.jobs.report.SqlText.literal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Mean ± std of the gradient variance against qubits or layers, one panel per dataset, prior and fixed size, one
 * series per method: the shape shared by the paper's Fig. 3, 4 and 6, which differ only in the curves they select and
 * how a series is named. Panels come from the {@code curves} table (mean and sample std over seeds).
 */
final class ScalingPanels {

    /** The y axis of every variance figure: the paper's metric (Lemma 1, §2.3), in the units of loss and angle. */
    static final String VARIANCE_LABEL = "Var[∂E/∂l0[0,0,0]] over epochs (nat²/rad², log scale)";

    /** Said under every band chart, since a log axis cannot show a band edge at or below zero. */
    private static final String BAND_NOTE = "Where mean − std ≤ 0 the band runs to the bottom of the log axis.";

    /** The curves columns every variance panel reads. */
    static final String[] CURVE_COLUMNS = {"dataset", "prior", "qubits", "layers", "variant", "method", "generator",
        "prompt_variant", "n", "mean", "std"};

    private final String figure;
    private final String source;
    private final List<String> seriesColumns;
    private final Function<Row, SeriesStyle> style;

    /** A result row with its column names, for naming a series. */
    record Row(QueryResult result, List<Object> values) {
        String text(String column) {
            return result.text(values, column);
        }
    }

    /**
     * @param figure the paper's figure, e.g. "Fig. 3"
     * @param source {@code FROM … WHERE …} over {@code curves} aliased {@code c}, selecting the figure's curves
     * @param seriesColumns the columns that tell series apart, as selected (e.g. {@code c.variant})
     * @param style names and colours a series from its first row
     */
    ScalingPanels(String figure, String source, List<String> seriesColumns, Function<Row, SeriesStyle> style) {
        this.figure = figure;
        this.source = source;
        this.seriesColumns = List.copyOf(seriesColumns);
        this.style = style;
    }

    /** One panel per dataset, prior and fixed size along which the axis takes at least two values. */
    List<ReportItem> panels(ResultTables tables, ScalingAxis axis, String caption) {
        QueryResult panels = tables.query("SELECT c.dataset, c.prior, c." + axis.fixed() + " " + source
                + " GROUP BY c.dataset, c.prior, c." + axis.fixed() + " HAVING count(DISTINCT c." + axis.column()
                + ") >= 2 ORDER BY c.dataset, c.prior, c." + axis.fixed());
        List<ReportItem> items = new ArrayList<>();
        for (List<Object> panel : panels.rows()) {
            String dataset = (String) panel.get(0);
            String prior = (String) panel.get(1);
            Object fixed = panel.get(2);
            String series = String.join(", ", seriesColumns);
            QueryResult data = tables.query("SELECT " + series + ", c." + axis.column() + ", c.n, c.mean, c.std "
                    + source + " AND c.dataset = " + literal(dataset) + " AND c.prior = " + literal(prior)
                    + " AND c." + axis.fixed() + " = " + literal(fixed) + " ORDER BY " + series + ", c."
                    + axis.column());
            String title = figure + " · " + dataset + " · " + prior + " prior · " + axis.fixedSymbol() + " = " + fixed
                    + ": gradient variance vs " + axis.column();
            items.add(new ReportItem(
                    ReportItem.slug(figure.replace("Fig. ", "fig"), axis.column(), dataset, prior,
                            axis.fixedSymbol() + fixed),
                    title, caption + " " + BAND_NOTE, data,
                    ChartImages.render(Charts.bands(title, axis.label(), VARIANCE_LABEL, bands(data, axis)),
                            Charts.WIDTH, Charts.HEIGHT)));
        }
        return items;
    }

    private List<Band> bands(QueryResult data, ScalingAxis axis) {
        int keyColumns = seriesColumns.size();
        List<Band> bands = new ArrayList<>();
        for (List<List<Object>> rows : data.groupBy(row -> row.subList(0, keyColumns)).values()) {
            bands.add(Band.symmetric(style.apply(new Row(data, rows.get(0))), data, rows, axis.column(), "mean",
                    "std"));
        }
        return bands;
    }
}
