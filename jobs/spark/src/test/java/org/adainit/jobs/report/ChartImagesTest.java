package org.adainit.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class ChartImagesTest {

    private static final Pattern LONG_DECIMAL_IN_ATTRIBUTE = Pattern.compile("=\"[^\"]*\\d+\\.\\d{3,}[^\"]*\"");

    @Test
    void attributeNumbersAreCutToHundredthsAndTextIsLeftAsWritten() {
        String svg = "<svg width=\"760\"><text x=\"98\" y=\"14.92333984375\">v = 0.000123456</text>"
                + "<path d=\"M 1.23456 2.5 L 10.999999 3.14159\"/></svg>";
        assertEquals("<svg width=\"760\"><text x=\"98\" y=\"14.92\">v = 0.000123456</text>"
                + "<path d=\"M 1.23 2.5 L 10.99 3.14\"/></svg>", ChartImages.coordinatesInHundredths(svg));
    }

    @Test
    void aRenderedChartHasNoCoordinateFinerThanAHundredthOfAPixel() {
        XYSeries series = new XYSeries("v");
        for (int i = 1; i <= 7; i++) {
            series.add(i / 3.0, Math.exp(-0.7 * i) / 7.0);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("variance 0.000123456", "N", "v",
                new XYSeriesCollection(series));
        String svg = ChartImages.render(chart, 400, 300).svg();
        assertFalse(LONG_DECIMAL_IN_ATTRIBUTE.matcher(svg).find(), svg);
        assertTrue(svg.contains("variance 0.000123456"), "the title's text is kept");
        assertTrue(svg.contains("<path"), "the line is drawn");
    }
}
