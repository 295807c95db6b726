package org.adainit.jobs.tables;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Rows the driver holds, read by column name: the cells and iterations a build has just made, or a small table
 * collected once. The derived tables' statistics run on the driver anyway; handing them the rows the build already
 * holds costs no Spark query (in a quickstart run, the three collects of the rows just made took 1.7 s of the 3 s build,
 * mostly Spark planning cold code).
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
}
