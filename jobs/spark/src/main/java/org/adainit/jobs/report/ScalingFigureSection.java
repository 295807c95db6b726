package org.adainit.jobs.report;

import static org.adainit.jobs.report.SqlText.literal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.adainit.jobs.spark.Concurrently;

/**
 * A variance-scaling figure of the paper, one panel per dataset, prior and series ({@link ScalingPanels}): Fig. 3
 * (Classic against Ours, with the random same-budget control beside it) and Fig. 6 (GaInit and BeInit against the
 * search from the same law). Under each Fig. 3 panel, the ratio of Ours to the random control and to Classic per
 * structure, with its bootstrap interval, from the {@code comparisons} table; whether the ratio grows is said only as
 * its fitted slope allows.
 */
public final class ScalingFigureSection implements SectionBuilder {

    /** The model an LLM variant talked to, for its legend entry; baselines and offline generators have none. */
    static final String MODELS =
            "LEFT JOIN (SELECT variant, max(model) AS model FROM cells GROUP BY variant) m ON c.variant = m.variant";

    private static final List<String> SERIES = List.of("c.variant", "c.method", "c.generator", "m.model");

    private final String id;
    private final String figure;
    private final String title;
    private final String requirement;
    private final String source;
    private final String caption;
    private final String intro;
    private final boolean ratios;

    private ScalingFigureSection(String id, String figure, String title, String requirement, String source,
            String caption, String intro, boolean ratios) {
        this.id = id;
        this.figure = figure;
        this.title = title;
        this.requirement = requirement;
        this.source = source;
        this.caption = caption;
        this.intro = intro;
        this.ratios = ratios;
    }

    /** The paper's Fig. 3: Classic and Ours (and the random control) against qubits and layers. */
    public static ScalingFigureSection fig3() {
        return new ScalingFigureSection("fig3", "Fig. 3", "Fig. 3: gradient variance vs qubits and layers, Classic vs "
                + "Ours", "tables curves, cells and slopes, and classic or adainit cells at two or more qubit or layer "
                + "counts", "FROM curves c " + MODELS + " WHERE c.method IN ('classic', 'adainit')"
                + " AND coalesce(c.prompt_variant, 'full') = 'full' AND c.variant NOT RLIKE "
                + SqlText.SAMPLING_VARIANT, "The variance of ∂E/∂l0[0,0,0] over the training epochs (the paper's "
                + "metric). \"Classic\" trains from one draw of the prior; \"Ours\" is the AdaInit search's S^(T); the "
                + "random best-of-T control keeps the best of the same number of prior draws. Results labelled \"not "
                + "an LLM\" come from an offline generator.", "Per dataset and prior, how the gradient variance changes "
                + "as the circuit grows, for a prior draw (Classic), the searched initialisation (Ours) and the "
                + "same-budget random control. Every trend below is stated as its fitted slope and 95% interval "
                + "allow.", true);
    }

    /** The paper's Fig. 6: GaInit and BeInit against the search started from the same law. */
    public static ScalingFigureSection fig6() {
        return new ScalingFigureSection("fig6", "Fig. 6", "Fig. 6: GaInit and BeInit vs Ours", "gainit or beinit "
                + "cells at two or more qubit or layer counts", "FROM curves c " + MODELS + " WHERE c.prior IN "
                + "('gainit', 'beinit') AND c.method IN ('gainit', 'beinit', 'adainit') AND coalesce(c.prompt_variant,"
                + " 'full') = 'full' AND c.variant NOT RLIKE " + SqlText.SAMPLING_VARIANT + " AND (c.dataset, c.prior)"
                + " IN (SELECT dataset, prior FROM curves WHERE method IN ('gainit', 'beinit'))", "GaInit draws θ0 "
                + "from N(0, γ²), BeInit from the Beta law fitted to the training features; Ours searches with that "
                + "same law named in the prompt (prior gainit or beinit).", "The two initialisation strategies "
                + "against the search from the corresponding distribution; the paper expects Ours to stay higher as "
                + "the circuit grows.", false);
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Optional<ReportSection> build(ResultTables tables) {
        if (!ScalingPanels.supported(tables)) {
            return Optional.empty();
        }
        ScalingPanels panels = new ScalingPanels(figure, source, SERIES,
                row -> MethodLabels.method(row.text("method"), row.text("generator"), row.text("model")));
        boolean withRatios = ratios && tables.has("comparisons", "gap_slope_ci95_low", "layers_per_qubit");
        List<ReportItem> items = new ArrayList<>();
        Concurrently.map(ScalingAxis.ALL, ResultTables.CONCURRENT_QUERIES, axis -> axisItems(tables, panels, axis,
                withRatios)).forEach(items::addAll);
        return items.isEmpty() ? Optional.empty() : Optional.of(new ReportSection(id, title, intro, items));
    }

    /** The panels along one axis in order, each followed by its ratio panel when asked for and supported. */
    private List<ReportItem> axisItems(ResultTables tables, ScalingPanels panels, ScalingAxis axis,
            boolean withRatios) {
        List<ScalingPanels.Panel> variancePanels = panels.panels(tables, axis, caption);
        List<Optional<ReportItem>> ratioPanels = withRatios
                ? Concurrently.map(variancePanels, ResultTables.CONCURRENT_QUERIES, p -> ratioPanel(tables, axis, p))
                : variancePanels.stream().map(p -> Optional.<ReportItem>empty()).toList();
        List<ReportItem> items = new ArrayList<>();
        for (int i = 0; i < variancePanels.size(); i++) {
            items.add(variancePanels.get(i).item());
            ratioPanels.get(i).ifPresent(items::add);
        }
        return items;
    }

    /**
     * Ours / random control and Ours / Classic per structure of the panel's series, on a log axis with the line of
     * equality, and the series' pooled ratio and gap slope in words.
     */
    private Optional<ReportItem> ratioPanel(ResultTables tables, ScalingAxis axis, ScalingPanels.Panel panel) {
        String dataset = panel.dataset();
        String prior = panel.prior();
        Object fixed = panel.fixed();
        ReportItem variancePanel = panel.item();
        String pairs = "c.method_a = 'adainit' AND coalesce(c.generator_a, '') <> 'random' AND (c.generator_b = "
                + "'random' OR c.method_b = 'classic') AND c.variant_a NOT RLIKE " + SqlText.SAMPLING_VARIANT
                + " AND c.dataset = " + literal(dataset) + " AND c.prior = " + literal(prior);
        QueryResult data = tables.query("SELECT c.variant_a, c.generator_a, c.variant_b, c.method_b, c.generator_b, "
                + "c." + axis.column() + ", c.geomean_ratio, c.ratio_ci95_low, c.ratio_ci95_high, c.wins, c.pairs "
                + "FROM comparisons c WHERE " + pairs + " AND c.qubits IS NOT NULL AND c.layers IS NOT NULL AND "
                + axis.cellCondition(fixed) + " ORDER BY c.variant_a, c.variant_b, c." + axis.column());
        if (data.isEmpty()) {
            return Optional.empty();
        }
        QueryResult pooled = tables.query("SELECT c.variant_a, c.generator_a, c.variant_b, c.method_b, "
                + "c.generator_b, c.pairs, c.wins, c.geomean_ratio, c.ratio_ci95_low, c.ratio_ci95_high, c.wilcoxon_p,"
                + " c.gap_slope, c.gap_slope_stderr, c.gap_slope_ci95_low, c.gap_slope_ci95_high FROM comparisons c "
                + "WHERE " + pairs + " AND " + seriesRow(axis, fixed) + " ORDER BY c.variant_a, c.variant_b");
        List<Band> bands = new ArrayList<>();
        int colour = 0;
        for (List<List<Object>> rows : data.groupBy(row -> row.subList(0, 5)).values()) {
            List<Object> first = rows.get(0);
            SeriesStyle style = SeriesStyle.solid(ratioLabel(data, first), Palette.cycle(colour++));
            bands.add(Band.between(style, data, rows, axis.column(), "geomean_ratio", "ratio_ci95_low",
                    "ratio_ci95_high"));
        }
        double[] xs = data.rows().stream().mapToDouble(r -> data.number(r, axis.column())).distinct().sorted()
                .toArray();
        double[] ones = new double[xs.length];
        Arrays.fill(ones, 1.0);
        bands.add(new Band(SeriesStyle.reference("equal (ratio 1)", Palette.GREY), xs, ones, nan(xs.length),
                nan(xs.length)));
        List<String> sentences = new ArrayList<>();
        for (List<Object> row : pooled.rows()) {
            String label = ratioLabel(pooled, row);
            sentences.add("Over the series, " + label + " = " + TrendSentence.number(pooled.number(row,
                    "geomean_ratio")) + interval(pooled, row) + ", " + pooled.value(row, "wins") + "/"
                    + pooled.value(row, "pairs") + " wins, Wilcoxon p = " + TrendSentence.number(orNaN(pooled
                    .number(row, "wilcoxon_p"))) + ".");
            Double gap = pooled.number(row, "gap_slope");
            if (gap != null) {
                sentences.add(TrendSentence.of("The ratio " + label, axis.unit(), gap,
                        pooled.number(row, "gap_slope_stderr"), pooled.number(row, "gap_slope_ci95_low"),
                        pooled.number(row, "gap_slope_ci95_high"), null));
            }
        }
        String title = variancePanel.title().replace(": gradient variance vs ", ": ratio of variances vs ");
        return Optional.of(new ReportItem(ReportItem.slug(variancePanel.id(), "ratio"), title, "Geometric mean over "
                + "seeds of the paired ratio (same structure and seed) with its bootstrap 95% interval; above the "
                + "dashed line the first method is higher. " + String.join(" ", sentences), data,
                ChartImages.render(Charts.bands(title, axis.label(), "variance ratio (log scale)", bands),
                        Charts.WIDTH, Charts.HEIGHT)));
    }

    private static String seriesRow(ScalingAxis axis, Object fixed) {
        if (axis == ScalingAxis.QUBITS_AT_DEPTH_RULE) {
            return "c.qubits IS NULL AND c.layers IS NULL AND c.layers_per_qubit = " + literal(fixed);
        }
        String other = axis == ScalingAxis.QUBITS ? "layers" : "qubits";
        return "c." + axis.column() + " IS NULL AND c." + other + " = " + literal(fixed);
    }

    private static String ratioLabel(QueryResult data, List<Object> row) {
        String a = MethodLabels.generator(data.text(row, "generator_a"), null);
        String b = "classic".equals(data.text(row, "method_b")) ? "Classic"
                : MethodLabels.generator(data.text(row, "generator_b"), null);
        return a + " / " + b;
    }

    private static String interval(QueryResult data, List<Object> row) {
        Double low = data.number(row, "ratio_ci95_low");
        return low == null ? "" : " (95% CI " + TrendSentence.number(low) + " … "
                + TrendSentence.number(data.number(row, "ratio_ci95_high")) + ")";
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }

    private static double[] nan(int n) {
        double[] values = new double[n];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}
