package org.adainit.jobs.report;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;

/**
 * The result of one SQL query of a report, collected to the driver: what a figure is drawn from and what its table
 * shows. Values are Java values (Double, Long, Integer, String, Boolean; timestamps as ISO-8601 text), nulls kept.
 *
 * @param sql the query exactly as it was run, shown in the report next to its result
 */
public record QueryResult(String sql, List<String> columns, List<List<Object>> rows) {

    public QueryResult {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
    }

    static QueryResult of(String sql, String[] columns, List<Row> rows) {
        List<List<Object>> values = new ArrayList<>();
        for (Row row : rows) {
            List<Object> cells = new ArrayList<>();
            for (int i = 0; i < columns.length; i++) {
                cells.add(javaValue(row.isNullAt(i) ? null : row.get(i)));
            }
            values.add(cells);
        }
        return new QueryResult(sql, List.of(columns), values);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public int index(String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + columns);
        }
        return i;
    }

    public Object value(List<Object> row, String column) {
        return row.get(index(column));
    }

    public String text(List<Object> row, String column) {
        Object value = value(row, column);
        return value == null ? null : value.toString();
    }

    /** A numeric cell as a double; null stays null. */
    public Double number(List<Object> row, String column) {
        Object value = value(row, column);
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** The rows that {@code keep} accepts, in order, under the same query and columns. */
    public QueryResult where(Predicate<List<Object>> keep) {
        return new QueryResult(sql, columns, rows.stream().filter(keep).toList());
    }

    /** The rows grouped by a key, groups in first-seen order (the query's ORDER BY decides). */
    public <K> Map<K, List<List<Object>>> groupBy(Function<List<Object>, K> key) {
        return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }

    private static Object javaValue(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof scala.collection.Seq<?> seq) {
            return scala.jdk.javaapi.CollectionConverters.asJava(seq).stream().map(QueryResult::javaValue).toList();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        return value;
    }
}
