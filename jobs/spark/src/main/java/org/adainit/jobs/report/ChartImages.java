package org.adainit.jobs.report;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/** A chart rendered once as PNG bytes and as an SVG document. */
public record ChartImages(byte[] png, String svg) {

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
            return new ChartImages(png, document);
        } catch (IOException e) {
            throw new UncheckedIOException("rendering chart '" + chart.getTitle().getText() + "'", e);
        }
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
