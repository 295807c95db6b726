package org.adainit.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** The chart kinds keep what the figures promise: log axes that hold every band, text as text, unique SVG ids. */
class ChartsTest {

    @Test
    void aBandReachingZeroIsCutAtTheAxisFloorInsteadOfBreakingTheLogAxis() {
        Band spread = new Band(SeriesStyle.solid("Classic", Palette.BLUE), new double[] {2, 4},
                new double[] {1e-3, 1e-4}, new double[] {-1e-3, 5e-5}, new double[] {3e-3, 2e-4});
        JFreeChart chart = Charts.bands("t", "number of qubits N", "variance (log)", List.of(spread));
        LogarithmicAxis y = (LogarithmicAxis) ((XYPlot) chart.getPlot()).getRangeAxis();
        assertTrue(y.getLowerBound() > 0 && y.getLowerBound() <= 5e-5, "floor " + y.getLowerBound());
        assertTrue(y.getUpperBound() >= 3e-3, "top " + y.getUpperBound());
        ChartImages images = ChartImages.render(chart, Charts.WIDTH, Charts.HEIGHT);
        assertTrue(images.png().length > 1000);
    }

    @Test
    void svgKeepsTitlesAndLabelsAsTextAtTheirSize() {
        JFreeChart chart = Charts.bands("Fig. 3 · iris", "number of qubits N", "variance (log)", List.of(
                line(SeriesStyle.solid("Ours", Palette.VERMILLION), new double[] {2, 4}, new double[] {1, 2})));
        String svg = ChartImages.render(chart, Charts.WIDTH, Charts.HEIGHT).svg();
        for (String text : List.of("Fig. 3 · iris", "number of qubits N", "variance (log)", "Ours")) {
            assertTrue(svg.contains(">" + text + "</text>"), text);
        }
        assertTrue(svg.contains("<svg font-size=\"12px\" "), "text without its own size must not take 16 px");
    }

    @Test
    void inlinedSvgIdsArePrefixedSoTwoFiguresNeverShareAClipPath() {
        JFreeChart chart = Charts.bands("t", "x", "y", List.of(
                line(SeriesStyle.solid("a", Palette.BLUE), new double[] {1, 2}, new double[] {1, 2})));
        ChartImages images = ChartImages.render(chart, 200, 100);
        String inline = images.inlineSvg("fig-a");
        assertTrue(inline.startsWith("<svg"));
        Matcher ids = Pattern.compile("id=\"([^\"]+)\"").matcher(inline);
        int count = 0;
        while (ids.find()) {
            assertTrue(ids.group(1).startsWith("fig-a-"), ids.group(1));
            count++;
        }
        assertTrue(count > 0, "the encoder writes clip paths with ids");
        Matcher references = Pattern.compile("url\\(#([^)]+)\\)").matcher(inline);
        while (references.find()) {
            assertTrue(references.group(1).startsWith("fig-a-"), references.group(1));
        }
    }

    @Test
    void theHeatMapOutlinesTheLargestValue() {
        double[] t = {0.1, 0.5, 0.1, 0.5};
        double[] p = {0.45, 0.45, 0.9, 0.9};
        double[] v = {-4, -3, -2.5, -3.5};
        JFreeChart chart = Charts.heatMap("Fig. 7", "temperature", "top_p", "log10 Var", t, p, v, "best");
        XYPlot plot = (XYPlot) chart.getPlot();
        assertEquals(2, plot.getAnnotations().size(), "outline and label");
        org.jfree.chart.annotations.XYTextAnnotation label = plot.getAnnotations().stream()
                .filter(a -> a instanceof org.jfree.chart.annotations.XYTextAnnotation)
                .map(a -> (org.jfree.chart.annotations.XYTextAnnotation) a).findFirst().orElseThrow();
        // Columns and rows are grid indices: (0.1, 0.9) is column 0, row 1.
        assertEquals(0, label.getX());
        assertEquals(1, label.getY());
        assertEquals(0, Charts.heatMap("map", "a", "b", "loss", t, p, v, null).getXYPlot().getAnnotations().size());
    }

    private static Band line(SeriesStyle style, double[] x, double[] y) {
        double[] none = {Double.NaN, Double.NaN};
        return new Band(style, x, y, none, none);
    }
}
