package org.adainit.jobs.report;

import static org.adainit.jobs.report.SqlText.literal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.adainit.jobs.spark.Concurrently;

/**
 * The gradient variance against qubits or layers, one panel per dataset, prior and series, one curve per method: the
 * shape shared by the paper's Fig. 3, 4 and 6, which differ only in the curves they select and how a curve is named.
 * Curves are geometric means over seeds with a geometric-std band (mean ×/÷ std, from the {@code curves} table), the
 * cells behind them are markers (hollow where the search fell back), and the caption states each curve's trend as
 * its fitted ln-slope and 95% interval allow ({@link TrendSentence}, from the {@code slopes} table).
 */
final class ScalingPanels {

    /** The y axis of every variance figure: the paper's metric (Lemma 1, §2.3), in the units of loss and angle. */
    static final String VARIANCE_LABEL = "Var[∂E/∂l0[0,0,0]] over epochs (nat²/rad², log scale)";

    /** Said under every panel: how to read the curves and markers. */
    private static final String READING = "Line: geometric mean over seeds; band: geometric mean ×/÷ geometric "
            + "standard deviation (log-space spread, never through zero); dots: the cells, hollow where the search "
            + "accepted nothing and reports the best candidate's variance instead of S^(T) (a fallback).";

    /** The curves columns every variance panel reads. */
    static final String[] CURVE_COLUMNS = {"dataset", "prior", "qubits", "layers", "variant", "method", "generator",
        "prompt_variant", "n", "geo_mean", "geo_std", "fallbacks", "layers_per_qubit"};

    private final String figure;
    private final String source;
    private final List<String> seriesColumns;
    private final Function<Row, SeriesStyle> style;

    /** One panel: its dataset, prior and the value held fixed along its series, and the figure. */
    record Panel(String dataset, String prior, Object fixed, ReportItem item) {}

    /** A result row with its column names, for naming a series. */
    record Row(QueryResult result, List<Object> values) {
        String text(String column) {
            return result.text(values, column);
        }
    }

    /**
     * @param figure the paper's figure, e.g. "Fig. 3"
     * @param source {@code FROM curves c … WHERE …} selecting the figure's curves; the same conditions select their
     *     cells from {@code cells} and their fits from {@code slopes}, which share the columns it filters on
     * @param seriesColumns the columns that tell series apart, as selected (e.g. {@code c.variant})
     * @param style names and colours a series from its first row
     */
    ScalingPanels(String figure, String source, List<String> seriesColumns, Function<Row, SeriesStyle> style) {
        if (!source.startsWith("FROM curves c")) {
            throw new IllegalArgumentException("a panel source starts with 'FROM curves c': " + source);
        }
        this.figure = figure;
        this.source = source;
        this.seriesColumns = List.copyOf(seriesColumns);
        this.style = style;
    }

    /** True when the tables hold what the panels read: curves, cells with model, slopes with intervals. */
    static boolean supported(ResultTables tables) {
        return tables.has("curves", CURVE_COLUMNS) && tables.has("cells", "variant", "model", "fallback", "variance")
                && tables.has("slopes", "slope_ci95_low", "layers_per_qubit");
    }

    /**
     * One panel per dataset, prior and fixed value along which the axis takes at least two values. Each panel's curves
     * are its own query (the one shown next to its table); the cells and fits of all the axis' panels are fetched
     * once and split by panel here, two queries instead of two per panel.
     */
    List<Panel> panels(ResultTables tables, ScalingAxis axis, String caption) {
        QueryResult panels = tables.query("SELECT c.dataset, c.prior, c." + axis.fixed() + " " + source
                + " AND c." + axis.fixed() + " IS NOT NULL GROUP BY c.dataset, c.prior, c." + axis.fixed()
                + " HAVING count(DISTINCT c." + axis.column() + ") >= 2 ORDER BY c.dataset, c.prior, c."
                + axis.fixed());
        if (panels.isEmpty()) {
            return List.of();
        }
        String series = String.join(", ", seriesColumns);
        QueryResult cells = tables.query("SELECT " + series + ", c." + axis.column() + ", c.variance, c.fallback, "
                + "c.dataset, c.prior, " + axis.cellFixed() + " AS panel " + from("cells") + " AND c.status = 'ok' "
                + "ORDER BY " + series + ", c." + axis.column() + ", c.seed");
        QueryResult fits = tables.query("SELECT " + series + ", c.slope, c.slope_stderr, c.slope_ci95_low, "
                + "c.slope_ci95_high, c.theory_slope, c.dataset, c.prior, c." + axis.slopeFixed() + " AS panel "
                + from("slopes") + " AND c.axis = " + literal(axis.slopeAxis()) + " ORDER BY " + series);
        return Concurrently.map(panels.rows(), ResultTables.CONCURRENT_QUERIES, panel -> panel(tables, axis,
                caption, panel, ofPanel(cells, panel), ofPanel(fits, panel)));
    }

    /** The rows of an axis-wide result that belong to {@code panel} (dataset, prior, fixed value). */
    private static QueryResult ofPanel(QueryResult axisWide, List<Object> panel) {
        return axisWide.where(row -> panel.get(0).equals(axisWide.value(row, "dataset"))
                && panel.get(1).equals(axisWide.value(row, "prior"))
                && axisWide.value(row, "panel") instanceof Number value
                && value.doubleValue() == ((Number) panel.get(2)).doubleValue());
    }

    /** The panel of one dataset, prior and fixed value: its curves, and its cells and fitted trends. */
    private Panel panel(ResultTables tables, ScalingAxis axis, String caption, List<Object> panel, QueryResult cells,
            QueryResult fits) {
        String series = String.join(", ", seriesColumns);
        String dataset = (String) panel.get(0);
        String prior = (String) panel.get(1);
        Object fixed = panel.get(2);
        String where = " AND c.dataset = " + literal(dataset) + " AND c.prior = " + literal(prior);
        QueryResult data = tables.query("SELECT " + series + ", c." + axis.column() + ", c.n, c.fallbacks, "
                + "c.geo_mean, c.geo_mean / c.geo_std AS spread_low, c.geo_mean * c.geo_std AS spread_high "
                + source + where + " AND c." + axis.fixed() + " = " + literal(fixed) + " ORDER BY " + series
                + ", c." + axis.column());
        String title = figure + " · " + dataset + " · " + prior + " prior · " + axis.fixedText(fixed)
                + ": gradient variance vs " + axis.column();
        List<Band> bands = new ArrayList<>();
        Map<List<Object>, SeriesStyle> styles = new LinkedHashMap<>();
        for (List<List<Object>> rows : groups(data).values()) {
            SeriesStyle s = style.apply(new Row(data, rows.get(0)));
            styles.put(key(rows.get(0)), s);
            bands.add(Band.between(s, data, rows, axis.column(), "geo_mean", "spread_low", "spread_high"));
        }
        List<SeedPoints> points = seedPoints(cells, axis, styles);
        int fallbacks = points.stream().mapToInt(SeedPoints::fallbacks).sum();
        return new Panel(dataset, prior, fixed, new ReportItem(
                ReportItem.slug(figure.replace("Fig. ", "fig"), axis.column(), dataset, prior,
                        axis.fixedText(fixed).replace(" = ", "")),
                title, caption + " " + READING + " Fallback cells in this panel: " + fallbacks + ". "
                        + trends(fits, axis, styles), data,
                ChartImages.render(Charts.bands(title, axis.label(), VARIANCE_LABEL, bands, points),
                        Charts.WIDTH, Charts.HEIGHT)));
    }

    /** The panel's source with its table swapped: cells and slopes share the columns the conditions name. */
    private String from(String table) {
        return source.replaceFirst("^FROM curves c", "FROM " + table + " c");
    }

    private Map<List<Object>, List<List<Object>>> groups(QueryResult result) {
        return result.groupBy(this::key);
    }

    private List<Object> key(List<Object> row) {
        return row.subList(0, seriesColumns.size());
    }

    private List<SeedPoints> seedPoints(QueryResult cells, ScalingAxis axis, Map<List<Object>, SeriesStyle> styles) {
        List<SeedPoints> points = new ArrayList<>();
        groups(cells).forEach((key, rows) -> {
            SeriesStyle s = styles.get(key);
            if (s == null) {
                return;
            }
            double[] x = new double[rows.size()];
            double[] y = new double[rows.size()];
            boolean[] fallback = new boolean[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                x[i] = cells.number(rows.get(i), axis.column());
                Double v = cells.number(rows.get(i), "variance");
                y[i] = v == null ? Double.NaN : v;
                fallback[i] = Boolean.TRUE.equals(cells.value(rows.get(i), "fallback"));
            }
            points.add(new SeedPoints(s, x, y, fallback));
        });
        return points;
    }

    /** One generated sentence per curve that has a fit, in legend order. */
    private String trends(QueryResult fits, ScalingAxis axis, Map<List<Object>, SeriesStyle> styles) {
        List<String> sentences = new ArrayList<>();
        Map<List<Object>, List<List<Object>>> byKey = groups(fits);
        styles.forEach((key, s) -> {
            List<List<Object>> rows = byKey.get(key);
            if (rows != null) {
                List<Object> fit = rows.get(0);
                sentences.add(TrendSentence.of(s.label(), axis.unit(), fits.number(fit, "slope"),
                        fits.number(fit, "slope_stderr"), fits.number(fit, "slope_ci95_low"),
                        fits.number(fit, "slope_ci95_high"), fits.number(fit, "theory_slope")));
            }
        });
        return String.join(" ", sentences);
    }
}
