package org.adainit.jobs.print;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Prints a query result as an aligned table, CSV or JSON lines, at most {@code maxRows} rows. */
public final class ResultPrinter {

    /** Longest value shown in a table column; longer ones end in '…' (CSV and JSON keep everything). */
    static final int MAX_TABLE_WIDTH = 48;

    /**
     * RFC 4180 quoting, but lines end in the platform's separator, as the println lines of the table and JSON formats
     * do, so a script reading the output sees one kind of line end whatever the format. A null is an empty cell.
     */
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator(System.lineSeparator()).get();

    private final OutputFormat format;
    private final int maxRows;

    public ResultPrinter(OutputFormat format, int maxRows) {
        this.format = format;
        this.maxRows = maxRows;
    }

    /** Prints the result; returns the number of rows printed. */
    public int print(Dataset<Row> result, PrintWriter out) {
        if (format == OutputFormat.JSON) {
            List<String> lines = result.limit(maxRows).toJSON().collectAsList();
            lines.forEach(out::println);
            out.flush();
            return lines.size();
        }
        return print(result.columns(), result.limit(maxRows + 1).collectAsList(), out);
    }

    /**
     * Prints rows the caller already holds, as a table or CSV; {@code columns} names the rows' values in order.
     * Returns the number of rows printed.
     */
    public int print(String[] columns, List<Row> rows, PrintWriter out) {
        if (format == OutputFormat.JSON) {
            throw new IllegalStateException("JSON lines are printed from a query result, not from rows");
        }
        boolean truncated = rows.size() > maxRows;
        List<Row> shown = truncated ? rows.subList(0, maxRows) : rows;
        if (format == OutputFormat.CSV) {
            printCsv(columns, shown, out);
        } else {
            printTable(columns, shown, out);
            if (truncated) {
                out.println("(first " + maxRows + " rows shown; raise --max-rows for more)");
            }
        }
        out.flush();
        return shown.size();
    }

    private static void printCsv(String[] columns, List<Row> rows, PrintWriter out) {
        try {
            // Not closed: the writer is the caller's, and closing the printer would close it.
            CSVPrinter printer = CSV.print(out);
            printer.printRecord((Object[]) columns);
            for (Row row : rows) {
                List<String> cells = new ArrayList<>(columns.length);
                for (int i = 0; i < columns.length; i++) {
                    cells.add(row.isNullAt(i) ? null : render(row.get(i), false));
                }
                printer.printRecord(cells);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void printTable(String[] columns, List<Row> rows, PrintWriter out) {
        int[] widths = new int[columns.length];
        List<String[]> texts = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            widths[i] = columns[i].length();
        }
        for (Row row : rows) {
            String[] text = new String[columns.length];
            for (int i = 0; i < columns.length; i++) {
                String value = row.isNullAt(i) ? "null" : render(row.get(i), true);
                text[i] = value.length() > MAX_TABLE_WIDTH ? value.substring(0, MAX_TABLE_WIDTH - 1) + "…" : value;
                widths[i] = Math.max(widths[i], text[i].length());
            }
            texts.add(text);
        }
        out.println(line(columns, widths));
        String[] rule = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            rule[i] = "-".repeat(widths[i]);
        }
        out.println(line(rule, widths));
        texts.forEach(text -> out.println(line(text, widths)));
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append("  ");
            }
            line.append(cells[i]).append(" ".repeat(widths[i] - cells[i].length()));
        }
        return line.toString().stripTrailing();
    }

    /** A value as text: doubles short for reading ({@code compact}) or exact, arrays as JSON-style lists. */
    static String render(Object value, boolean compact) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return compact && Double.isFinite(d) && d != 0 ? sixDigits(d) : String.valueOf(d);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof scala.collection.Seq<?> seq) {
            return render(scala.jdk.javaapi.CollectionConverters.asJava(seq), compact);
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(render(item, compact)));
            return "[" + String.join(", ", items) + "]";
        }
        if (value instanceof Row row) {
            return row.json();
        }
        return value.toString();
    }

    /** Six significant digits without the trailing zeros of %g: 0.116, 10.331, 1.23457e-05. */
    private static String sixDigits(double d) {
        String text = String.format(Locale.ROOT, "%.6g", d);
        int exponent = text.indexOf('e');
        String mantissa = exponent < 0 ? text : text.substring(0, exponent);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return exponent < 0 ? mantissa : mantissa + text.substring(exponent);
    }
}
