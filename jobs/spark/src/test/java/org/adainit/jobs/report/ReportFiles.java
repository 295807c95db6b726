package org.adainit.jobs.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads a written report back the way a reader's tool would: the page's articles, tables and figures, the files. */
final class ReportFiles {

    /** One article of the page: its SQL, its table cells (exact values, null for SQL NULL) and whether it has a figure. */
    record Article(String id, String sql, List<String> columns, List<List<String>> cells, String inlineSvg) {}

    private static final Pattern ARTICLE = Pattern.compile("<article id=\"([^\"]+)\">(.*?)</article>", Pattern.DOTALL);
    private static final Pattern SQL = Pattern.compile("<pre class=\"sql\">(.*?)</pre>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern HEADER = Pattern.compile("<th>(.*?)</th>");
    private static final Pattern CELL = Pattern.compile("<td( data-value=\"([^\"]*)\"| class=\"null\")>");
    private static final Pattern SVG = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL);

    final Path directory;
    final String html;

    ReportFiles(Path directory) throws IOException {
        this.directory = directory;
        this.html = Files.readString(directory.resolve("report.html"), StandardCharsets.UTF_8);
    }

    Map<String, Article> articles() {
        Map<String, Article> articles = new LinkedHashMap<>();
        Matcher article = ARTICLE.matcher(html);
        while (article.find()) {
            String body = article.group(2);
            Matcher sql = SQL.matcher(body);
            if (!sql.find()) {
                throw new AssertionError("article " + article.group(1) + " shows no SQL");
            }
            List<String> columns = new ArrayList<>();
            List<List<String>> cells = new ArrayList<>();
            Matcher row = ROW.matcher(body);
            while (row.find()) {
                Matcher header = HEADER.matcher(row.group(1));
                List<String> values = new ArrayList<>();
                while (header.find()) {
                    columns.add(unescape(header.group(1)));
                }
                Matcher cell = CELL.matcher(row.group(1));
                while (cell.find()) {
                    values.add(cell.group(2) == null ? null : unescape(cell.group(2)));
                }
                if (!values.isEmpty()) {
                    cells.add(values);
                }
            }
            Matcher svg = SVG.matcher(body);
            articles.put(article.group(1), new Article(article.group(1), unescape(sql.group(1)), columns, cells,
                    svg.find() ? svg.group() : null));
        }
        return articles;
    }

    /** The ids of the figures on disk, from the PNG files (each must have its SVG twin). */
    List<String> figureFiles(String extension) throws IOException {
        try (Stream<Path> files = Files.list(directory.resolve("figures"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith("." + extension))
                    .map(name -> name.substring(0, name.length() - extension.length() - 1))
                    .sorted()
                    .toList();
        }
    }

    static String unescape(String text) {
        return text.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
