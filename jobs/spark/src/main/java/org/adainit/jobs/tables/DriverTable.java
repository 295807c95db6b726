package org.adainit.jobs.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Rows the driver holds, read by column name: the rows a build has just made and written, or a small table collected
 * once. The derived tables' statistics and the run's report work on them directly: a Spark query on rows the driver
 * already has costs planning and scheduling of cold code, which in a quickstart run took 1.7 s of the 3 s table build
 * and most of the 1 s report.
 *
 * @param schema the rows' columns, in their order
 */
record DriverTable(StructType schema, List<Row> rows) {

    /** The rows of {@code table}, collected to the driver. */
    static DriverTable collect(Dataset<Row> table) {
        return new DriverTable(table.schema(), table.collectAsList());
    }

    /** The position of {@code name} in every row. */
    int column(String name) {
        if (!Arrays.asList(schema.fieldNames()).contains(name)) {
            throw new IllegalArgumentException("no column " + name + " among " + Arrays.toString(schema.fieldNames()));
        }
        return schema.fieldIndex(name);
    }

    /** The positions of {@code names}, in that order. */
    int[] columns(List<String> names) {
        return names.stream().mapToInt(this::column).toArray();
    }

    /** The rows that satisfy {@code condition}, in this table's order. */
    DriverTable where(Predicate<Row> condition) {
        return new DriverTable(schema, rows.stream().filter(condition).toList());
    }

    /** Only {@code names}, in that order. */
    DriverTable select(String... names) {
        int[] at = columns(List.of(names));
        StructField[] fields = Arrays.stream(at).mapToObj(i -> schema.fields()[i]).toArray(StructField[]::new);
        List<Row> selected = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Object[] values = new Object[at.length];
            for (int i = 0; i < at.length; i++) {
                values[i] = row.get(at[i]);
            }
            selected.add(RowFactory.create(values));
        }
        return new DriverTable(new StructType(fields), selected);
    }

    /**
     * Sorted ascending by {@code names} as Spark sorts (nulls first, NaN above every number, strings by code point);
     * rows equal on them keep this table's order.
     */
    DriverTable orderBy(String... names) {
        Comparator<Row> order = (a, b) -> 0;
        for (int at : columns(List.of(names))) {
            order = order.thenComparing((a, b) -> compare(a.get(at), b.get(at)));
        }
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(order);
        return new DriverTable(schema, sorted);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof String x && b instanceof String y) {
            return Arrays.compare(x.codePoints().toArray(), y.codePoints().toArray());
        }
        if (a instanceof Double x && b instanceof Double y) {
            // Spark sorts -0.0 and 0.0 as equal; Double.compare alone would not.
            return x.doubleValue() == y.doubleValue() ? 0 : Double.compare(x, y);
        }
        return ((Comparable) a).compareTo(b);
    }
}
