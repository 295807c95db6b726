package org.adainit.jobs.report;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/** A chart rendered once as PNG bytes and as an SVG document. */
public record ChartImages(byte[] png, String svg) {

    private static final Pattern ATTRIBUTE = Pattern.compile("(\\s[\\w:-]+=\")([^\"]*)(\")");
    private static final Pattern LONG_DECIMAL = Pattern.compile("(\\d+\\.\\d\\d)\\d+");

    public static ChartImages render(JFreeChart chart, int width, int height) {
        try {
            byte[] png = ChartUtils.encodeAsPNG(chart.createBufferedImage(width, height), false, 9);
            VectorGraphics2D graphics = new VectorGraphics2D();
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
            ByteArrayOutputStream svg = new ByteArrayOutputStream();
            new SVGProcessor().getDocument(graphics.getCommands(), new PageSize(0, 0, width, height)).writeTo(svg);
            // The encoder leaves out the font size of text in Java's default 12 pt font; without a size on the root
            // a browser would draw that text at its own default (16 px), larger than in the PNG.
            String document = svg.toString(StandardCharsets.UTF_8).replaceFirst("<svg ", "<svg font-size=\"12px\" ");
            return new ChartImages(png, coordinatesInHundredths(document));
        } catch (IOException e) {
            throw new UncheckedIOException("rendering chart '" + chart.getTitle().getText() + "'", e);
        }
    }

    /**
     * The SVG with every number in an attribute cut to two decimals: the encoder writes coordinates as full doubles
     * (y="14.92333984375"), a third of a figure's size, for a precision of 10^-11 pixel. Text is left as drawn.
     */
    static String coordinatesInHundredths(String svg) {
        return ATTRIBUTE.matcher(svg).replaceAll(attribute -> Matcher.quoteReplacement(attribute.group(1)
                + LONG_DECIMAL.matcher(attribute.group(2)).replaceAll("$1") + attribute.group(3)));
    }

    /**
     * The SVG without its XML prolog and with ids unique to {@code prefix}, for inlining into an HTML page that holds
     * several figures: the encoder numbers its clip paths per document, so two inlined figures could share an id and
     * clip each other.
     */
    public String inlineSvg(String prefix) {
        String body = svg.substring(svg.indexOf("<svg"));
        return body.replace("id=\"", "id=\"" + prefix + "-").replace("url(#", "url(#" + prefix + "-");
    }
}
