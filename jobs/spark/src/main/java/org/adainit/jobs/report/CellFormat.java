package org.adainit.jobs.report;

import java.util.List;
import java.util.Locale;

/**
 * How a query value reads in a table: doubles to 4 significant digits for the eye, and the exact text (Java's
 * shortest round-trip form) kept beside it, so a reader or a test can recover the queried number itself.
 */
final class CellFormat {

    private CellFormat() {}

    static String display(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) && d != 0 ? String.format(Locale.ROOT, "%.4g", d) : d.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CellFormat::display).toList().toString();
        }
        return value.toString();
    }

    /** The value's exact text, or null for SQL NULL. */
    static String exact(Object value) {
        return value == null ? null : value.toString();
    }

    /** The result as aligned plain text, for the notebook's text/plain output and for terminals. */
    static String plainTable(QueryResult result) {
        int columns = result.columns().size();
        int[] widths = new int[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = result.columns().get(i).length();
        }
        List<List<String>> texts = result.rows().stream()
                .map(row -> row.stream().map(CellFormat::display).toList())
                .toList();
        for (List<String> row : texts) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, result.columns(), widths);
        line(out, java.util.Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths);
        texts.forEach(row -> line(out, row, widths));
        out.append('(').append(result.rows().size()).append(result.rows().size() == 1 ? " row)" : " rows)");
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(i == 0 ? "" : "  ").append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length()));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
