package org.adainit.jobs.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The ordered columns of a table, each a name, a Spark type and the function that reads its value from the row's
 * source {@code S}. The schema and every row are built from this one list, so adding, moving or retyping a column is
 * one line and the two can never disagree on a position.
 *
 * <p>Built once in a static initialiser and only read afterwards.
 */
public final class TableColumns<S> {

    private record Column<S>(StructField field, Function<? super S, ?> value) {}

    private final List<Column<S>> columns = new ArrayList<>();

    /** A column that is never null. */
    public TableColumns<S> required(String name, DataType type, Function<? super S, ?> value) {
        return add(name, type, false, value);
    }

    /** A column that may be null, e.g. a result a failed cell does not have. */
    public TableColumns<S> nullable(String name, DataType type, Function<? super S, ?> value) {
        return add(name, type, true, value);
    }

    /** Every column of {@code other}, read from the part of this table's source that {@code part} picks. */
    public <P> TableColumns<S> addAll(TableColumns<P> other, Function<? super S, ? extends P> part) {
        for (Column<P> column : other.columns) {
            columns.add(new Column<S>(column.field(), source -> column.value().apply(part.apply(source))));
        }
        return this;
    }

    public StructType schema() {
        return DataTypes.createStructType(columns.stream().map(Column::field).toList());
    }

    public Row row(S source) {
        return RowFactory.create(values(source).toArray());
    }

    /** The source's values in column order (null where a nullable column has none). */
    public List<Object> values(S source) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).value().apply(source);
        }
        return Arrays.asList(values);
    }

    private TableColumns<S> add(String name, DataType type, boolean nullable, Function<? super S, ?> value) {
        columns.add(new Column<>(DataTypes.createStructField(name, type, nullable), value));
        return this;
    }
}
