package org.adainit.jobs.report;

import java.util.List;
import java.util.Map;

/**
 * The report as one self-contained HTML page: figures inlined as SVG, styles inline, no external resource, so it
 * opens from disk without a network. Each figure's data table keeps the exact queried values in {@code data-value}
 * attributes next to the rounded text.
 */
public final class HtmlPage {

    /**
     * Writes every figure's rendered size into {@code body[data-figure-sizes]} once laid out, so a headless browser's
     * DOM dump shows whether each figure got a non-zero size.
     */
    private static final String SIZE_PROBE = """
            <script>
            (function () {
              var sizes = [];
              document.querySelectorAll('figure[data-figure]').forEach(function (figure) {
                var box = figure.querySelector('svg').getBoundingClientRect();
                sizes.push(figure.getAttribute('data-figure') + '=' + Math.round(box.width) + 'x' + Math.round(box.height));
              });
              document.body.setAttribute('data-figure-sizes', sizes.join(' '));
            })();
            </script>
            """;

    private static final String STYLE = """
            <style>
            body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #222; margin: 0 auto;
                   max-width: 1000px; padding: 1.5em; line-height: 1.45; }
            h1 { font-size: 1.6em; margin-bottom: .3em; } h2 { border-bottom: 1px solid #ccc; margin-top: 2em; }
            h3 { font-size: 1.05em; margin-bottom: .3em; }
            dl.facts { display: grid; grid-template-columns: max-content auto; gap: .2em 1em; font-size: .9em; }
            dl.facts dt { font-weight: bold; } dl.facts dd { margin: 0; word-break: break-all; }
            figure { margin: .5em 0; } figure svg { display: block; max-width: 100%; height: auto; }
            figcaption { font-size: .88em; color: #444; }
            table.data { border-collapse: collapse; font-size: .82em; margin: .4em 0; }
            table.data th, table.data td { border: 1px solid #ddd; padding: .15em .5em; text-align: right; }
            table.data th { background: #f3f3f3; } td.null { color: #999; }
            pre.sql { background: #f7f7f7; padding: .6em; white-space: pre-wrap; font-size: .82em; }
            details { margin: .3em 0 1.2em; } summary { cursor: pointer; color: #0072B2; }
            </style>
            """;

    private HtmlPage() {}

    public static String render(Report report) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(report.title())).append("</title>\n").append(STYLE).append("</head>\n<body>\n");
        html.append("<header>\n<h1>").append(escape(report.title())).append("</h1>\n<dl class=\"facts\">\n");
        for (Map.Entry<String, String> fact : report.facts().entrySet()) {
            html.append("<dt>").append(escape(fact.getKey())).append("</dt><dd>").append(escape(fact.getValue()))
                    .append("</dd>\n");
        }
        html.append("</dl>\n<nav><ol>\n");
        for (ReportSection section : report.sections()) {
            html.append("<li><a href=\"#").append(section.id()).append("\">").append(escape(section.title()))
                    .append("</a> (").append(section.items().size()).append(")</li>\n");
        }
        html.append("</ol></nav>\n</header>\n");
        for (ReportSection section : report.sections()) {
            html.append("<section id=\"").append(section.id()).append("\">\n<h2>").append(escape(section.title()))
                    .append("</h2>\n<p>").append(escape(section.intro())).append("</p>\n");
            section.items().forEach(item -> item(html, item));
            html.append("</section>\n");
        }
        if (!report.leftOut().isEmpty()) {
            html.append("<section id=\"left-out\">\n<h2>Not in this run</h2>\n<ul>\n");
            report.leftOut().forEach(text -> html.append("<li>").append(escape(text)).append("</li>\n"));
            html.append("</ul>\n</section>\n");
        }
        html.append(SIZE_PROBE).append("</body>\n</html>\n");
        return html.toString();
    }

    private static void item(StringBuilder html, ReportItem item) {
        html.append("<article id=\"").append(item.id()).append("\">\n<h3>").append(escape(item.title()))
                .append("</h3>\n");
        String rows = item.data().rows().size() + (item.data().rows().size() == 1 ? " row" : " rows");
        if (item.figure().isPresent()) {
            html.append("<figure data-figure=\"").append(item.id()).append("\">\n")
                    .append(item.figure().get().inlineSvg(item.id())).append("\n<figcaption>")
                    .append(escape(item.caption())).append(" Files: <a href=\"figures/").append(item.id())
                    .append(".png\">PNG</a>, <a href=\"figures/").append(item.id()).append(".svg\">SVG</a>.")
                    .append("</figcaption>\n</figure>\n<details><summary>Data (").append(rows)
                    .append(") and SQL</summary>\n");
            sql(html, item);
            table(html, item);
            html.append("</details>\n");
        } else {
            html.append("<p>").append(escape(item.caption())).append("</p>\n");
            table(html, item);
            html.append("<details><summary>SQL</summary>\n");
            sql(html, item);
            html.append("</details>\n");
        }
        html.append("</article>\n");
    }

    private static void sql(StringBuilder html, ReportItem item) {
        html.append("<pre class=\"sql\">").append(escape(item.data().sql())).append("</pre>\n");
    }

    /** The query result; {@code data-item} ties the table to its item for readers' scripts and tests. */
    static void table(StringBuilder html, ReportItem item) {
        QueryResult data = item.data();
        html.append("<table class=\"data\" data-item=\"").append(item.id()).append("\">\n<tr>");
        data.columns().forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
        html.append("</tr>\n");
        for (List<Object> row : data.rows()) {
            html.append("<tr>");
            for (Object value : row) {
                String exact = CellFormat.exact(value);
                if (exact == null) {
                    html.append("<td class=\"null\">null</td>");
                } else {
                    html.append("<td data-value=\"").append(escape(exact)).append("\">")
                            .append(escape(CellFormat.display(value))).append("</td>");
                }
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
