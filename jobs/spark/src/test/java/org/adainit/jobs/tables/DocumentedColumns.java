package org.adainit.jobs.tables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The column lists of docs/tables.md, the page users read to query the tables: a heading holding a table name in
 * backticks ({@code ### `cells`}), then one {@code | `column` | `type` | meaning |} row per column.
 */
public final class DocumentedColumns {

    public static final Path TABLES_PAGE =
            Path.of(System.getProperty("adainit.root")).resolve("docs").resolve("tables.md");

    private static final Pattern TABLE_HEADING = Pattern.compile("^#+ `(\\w+)`");
    private static final Pattern COLUMN_ROW = Pattern.compile("^\\| `(\\w+)` \\| `([^`]+)` \\|");

    private DocumentedColumns() {}

    /** Table name → (column name → Spark SQL type as {@code DataType.simpleString()}), in the page's order. */
    public static Map<String, Map<String, String>> read() throws IOException {
        return parse(Files.readAllLines(TABLES_PAGE));
    }

    static Map<String, Map<String, String>> parse(List<String> lines) {
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : lines) {
            Matcher heading = TABLE_HEADING.matcher(line);
            if (heading.find()) {
                current = new LinkedHashMap<>();
                tables.put(heading.group(1), current);
                continue;
            }
            Matcher row = COLUMN_ROW.matcher(line);
            if (current != null && row.find()) {
                current.put(row.group(1), row.group(2));
            }
        }
        return tables;
    }

    /** A schema in the page's form: column name → Spark SQL type, in the schema's order. */
    public static Map<String, String> of(StructType schema) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (StructField field : schema.fields()) {
            columns.put(field.name(), field.dataType().simpleString());
        }
        return columns;
    }
}
