package org.adainit.jobs.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The chart kinds of the report, built with JFreeChart: mean ± std bands on a log axis (Fig. 3, 4, 6 and the
 * diagnostics), traces over search iterations (Fig. 8) and a heat map with its best cell marked (Fig. 7). Every chart
 * has a title, axis labels with units, a legend and the {@link Palette} colours.
 */
public final class Charts {

    /** Width and height of every figure, in pixels (PNG) and user units (SVG). */
    public static final int WIDTH = 760;
    public static final int HEIGHT = 460;
    public static final int TALL_HEIGHT = 600;

    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);

    static {
        // Rotated labels drawn as glyph outlines would turn every SVG axis title into a large path; plain text it is.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private Charts() {}

    /**
     * Mean lines with ± std bands against an integer axis (qubits or layers), variance on a log axis. A band edge
     * that is not positive (mean − std ≤ 0) has no place on a log axis: it is cut at the axis floor, a tenth of the
     * smallest positive value drawn.
     */
    public static JFreeChart bands(String title, String xLabel, String yLabel, List<Band> bands) {
        return bands(title, xLabel, yLabel, bands, List.of());
    }

    /**
     * {@link #bands(String, String, String, List)} with the cells behind the curves as markers in their series'
     * colour, filled or hollow ({@link SeedPoints}); markers stay out of the legend.
     */
    public static JFreeChart bands(String title, String xLabel, String yLabel, List<Band> bands,
            List<SeedPoints> points) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        // A translucent fill colour rather than the renderer's alpha composite, which the SVG encoder ignores.
        renderer.setAlpha(1f);
        double floor = floor(bands);
        for (int s = 0; s < bands.size(); s++) {
            Band band = bands.get(s);
            YIntervalSeries series = new YIntervalSeries(band.style().label(), false, true);
            for (int i = 0; i < band.x().length; i++) {
                double mean = band.mean()[i];
                if (!(mean > 0)) {
                    continue;
                }
                double low = Double.isNaN(band.low()[i]) ? mean : Math.max(band.low()[i], floor);
                double high = Double.isNaN(band.high()[i]) ? mean : band.high()[i];
                series.add(band.x()[i], mean, low, high);
            }
            data.addSeries(series);
            style(renderer, s, band.style());
            Color color = band.style().color();
            renderer.setSeriesFillPaint(s, new Color(color.getRed(), color.getGreen(), color.getBlue(), 46));
        }
        LogarithmicAxis y = logAxis(yLabel);
        y.setLowerBound(floor);
        y.setAutoRange(true);
        XYPlot plot = new XYPlot(data, integerAxis(xLabel), y, renderer);
        if (!points.isEmpty()) {
            addSeedPoints(plot, points);
        }
        return chart(title, plot);
    }

    /** Two series per curve, filled and hollow markers, drawn under the lines (dataset 1 renders first). */
    private static void addSeedPoints(XYPlot plot, List<SeedPoints> points) {
        XYSeriesCollection markers = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        int s = 0;
        for (SeedPoints curve : points) {
            for (boolean hollow : new boolean[] {false, true}) {
                XYSeries series = new XYSeries(curve.style().label() + (hollow ? " (fallback)" : " (cells)"), false,
                        true);
                for (int i = 0; i < curve.x().length; i++) {
                    if (curve.fallback()[i] == hollow && curve.y()[i] > 0) {
                        series.add(curve.x()[i], curve.y()[i]);
                    }
                }
                markers.addSeries(series);
                Color color = curve.style().color();
                renderer.setSeriesPaint(s, hollow ? color
                        : new Color(color.getRed(), color.getGreen(), color.getBlue(), 150));
                renderer.setSeriesShape(s, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
                renderer.setSeriesShapesFilled(s, !hollow);
                renderer.setSeriesOutlineStroke(s, new BasicStroke(1.2f));
                renderer.setSeriesVisibleInLegend(s, false);
                s++;
            }
        }
        renderer.setUseOutlinePaint(false);
        renderer.setDrawOutlines(true);
        plot.setDataset(1, markers);
        plot.setRenderer(1, renderer);
    }

    /**
     * Series against the search iteration, in two stacked panels sharing the x axis: the candidate's variance V^(t)
     * as lines on top and the expected improvement Δ^(t) as dots below, both on log axes. Δ is mostly 0, which has no
     * logarithm: dots show every positive Δ, even one between two zeros, where a line would show nothing.
     */
    public static JFreeChart traces(String title, String xLabel, String topLabel, List<Band> top, String bottomLabel,
            List<Band> bottom) {
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(integerAxis(xLabel));
        combined.setGap(12);
        combined.add(tracePlot(topLabel, top, true), 1);
        combined.add(tracePlot(bottomLabel, bottom, false), 1);
        return chart(title, combined);
    }

    /**
     * A heat map of {@code value} over an x × y grid, the largest value darkest (the paper's Fig. 7 convention), with
     * a colour legend. Rows and columns are the distinct x and y values in order, one block each, so an irregular
     * grid (0.45, 0.5, 0.9) shows as evenly as a regular one.
     *
     * @param value value[i] at (x[i], y[i]); cells without a value are left blank
     * @param bestLabel written on the outlined largest value; null for no mark
     */
    public static JFreeChart heatMap(String title, String xLabel, String yLabel, String valueLabel, double[] x,
            double[] y, double[] value, String bestLabel) {
        double[] columns = java.util.Arrays.stream(x).distinct().sorted().toArray();
        double[] rows = java.util.Arrays.stream(y).distinct().sorted().toArray();
        double[] column = new double[x.length];
        double[] row = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            column[i] = java.util.Arrays.binarySearch(columns, x[i]);
            row[i] = java.util.Arrays.binarySearch(rows, y[i]);
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(valueLabel, new double[][] {column, row, value});
        double min = java.util.Arrays.stream(value).min().orElse(0);
        double max = java.util.Arrays.stream(value).max().orElse(1);
        SequentialPaintScale scale = new SequentialPaintScale(min, max);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, categoryAxis(xLabel, columns), categoryAxis(yLabel, rows), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        if (bestLabel != null) {
            int best = argmax(value);
            plot.addAnnotation(new XYShapeAnnotation(new Rectangle2D.Double(column[best] - 0.5, row[best] - 0.5, 1, 1),
                    new BasicStroke(3f), Palette.SKY));
            XYTextAnnotation label = new XYTextAnnotation(bestLabel, column[best], row[best]);
            label.setPaint(Color.WHITE);
            label.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            plot.addAnnotation(label);
        }
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, false);
        NumberAxis legendAxis = new NumberAxis(valueLabel);
        legendAxis.setAutoRangeIncludesZero(false);
        legendAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(8, 8, 8, 8));
        legend.setFrame(new BlockBorder(Color.WHITE));
        chart.addSubtitle(legend);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** An axis with one tick per grid value, labelled with the value to 4 significant digits (0.45, 3.142). */
    private static SymbolAxis categoryAxis(String label, double[] values) {
        String[] names = java.util.Arrays.stream(values)
                .mapToObj(v -> java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(4))
                        .stripTrailingZeros().toPlainString())
                .toArray(String[]::new);
        SymbolAxis axis = new SymbolAxis(label, names);
        axis.setGridBandsVisible(false);
        axis.setRange(-0.5, values.length - 0.5);
        return axis;
    }

    /** Lines with the legend (top panel), or dots without it (bottom panel). */
    private static XYPlot tracePlot(String yLabel, List<Band> lines, boolean asLines) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(asLines, !asLines);
        renderer.setDrawOutlines(false);
        for (int s = 0; s < lines.size(); s++) {
            Band line = lines.get(s);
            XYSeries series = new XYSeries(line.style().label(), false, true);
            for (int i = 0; i < line.x().length; i++) {
                double value = line.mean()[i];
                series.add(line.x()[i], value > 0 ? value : null);
            }
            data.addSeries(series);
            renderer.setSeriesPaint(s, line.style().color());
            // Past the palette's colours, a dash pattern tells the repeated colours apart.
            renderer.setSeriesStroke(s, s < Palette.SIZE ? new BasicStroke(1.8f)
                    : new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL, 1f, new float[] {6f, 3f}, 0f));
            renderer.setSeriesVisibleInLegend(s, asLines);
            renderer.setSeriesShape(s, new Rectangle2D.Double(-2.5, -2.5, 5, 5));
        }
        // One path per series keeps the SVG small; gaps (Δ = 0) still break the line.
        renderer.setDrawSeriesLineAsPath(true);
        XYPlot plot = new XYPlot(data, null, logAxis(yLabel), renderer);
        grid(plot);
        return plot;
    }

    private static void style(XYLineAndShapeRenderer renderer, int series, SeriesStyle style) {
        renderer.setSeriesPaint(series, style.color());
        renderer.setSeriesStroke(series, style.dashed()
                ? new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL, 1f, new float[] {6f, 4f}, 0f)
                : new BasicStroke(1.8f));
        renderer.setSeriesShapesVisible(series, !style.dashed());
    }

    private static JFreeChart chart(String title, XYPlot plot) {
        grid(plot);
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setFrame(new BlockBorder(Color.WHITE));
        return chart;
    }

    private static void grid(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlinePaint(Color.GRAY);
    }

    private static LogarithmicAxis logAxis(String label) {
        LogarithmicAxis axis = new LogarithmicAxis(label);
        axis.setAllowNegativesFlag(false);
        axis.setStrictValuesFlag(false);
        axis.setExpTickLabelsFlag(true);
        return axis;
    }

    private static ValueAxis integerAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    private static double floor(List<Band> bands) {
        double smallest = Double.POSITIVE_INFINITY;
        for (Band band : bands) {
            for (int i = 0; i < band.x().length; i++) {
                for (double v : new double[] {band.mean()[i], band.low()[i]}) {
                    if (v > 0) {
                        smallest = Math.min(smallest, v);
                    }
                }
            }
        }
        return Double.isInfinite(smallest) ? 1e-12 : smallest / 10;
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
