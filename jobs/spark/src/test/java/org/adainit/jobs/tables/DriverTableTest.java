package org.adainit.jobs.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.adainit.jobs.spark.TestSpark;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Rows held by the driver: columns found by name, whether the rows were made by a build or collected from Spark. */
class DriverTableTest {

    private static final StructType SCHEMA = new StructType()
            .add("cell_id", DataTypes.StringType)
            .add("qubits", DataTypes.IntegerType)
            .add("variance", DataTypes.DoubleType);

    @Test
    void columnsAreFoundByNameInTheRowsOrder() {
        DriverTable table = new DriverTable(SCHEMA, List.of(RowFactory.create("a", 4, 0.5)));

        assertArrayEquals(new int[] {2, 0}, table.columns(List.of("variance", "cell_id")));
        assertEquals(4, table.rows().get(0).getInt(table.column("qubits")));
    }

    @Test
    void aMissingColumnIsNamed() {
        DriverTable table = new DriverTable(SCHEMA, List.of());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.column("layers"));
        assertTrue(e.getMessage().contains("layers") && e.getMessage().contains("variance"), e.getMessage());
    }

    @Test
    void ordersFiltersAndSelectsAsSparkDoesTheSameQuery() {
        SparkSession spark = TestSpark.session();
        StructType schema = new StructType()
                .add("name", DataTypes.StringType)
                .add("count", DataTypes.IntegerType)
                .add("value", DataTypes.DoubleType);
        List<Row> rows = new ArrayList<>();
        String[] names = {"b", "a", null, "é", "B", "a\uD83D\uDE00", "a\uFF5E"};
        Integer[] counts = {3, null, 1, 2};
        Double[] values = {0.5, Double.NaN, null, -0.0, 0.0, -1.0, Double.POSITIVE_INFINITY};
        for (int i = 0; i < 60; i++) {
            rows.add(RowFactory.create(names[i % names.length], counts[i % counts.length], values[i % values.length]));
        }
        DriverTable table = new DriverTable(schema, rows);

        DriverTable ours = table.where(row -> !row.isNullAt(1)).orderBy("name", "value").select("value", "name");
        List<Row> spark_ = spark.createDataFrame(rows, schema).where("count IS NOT NULL")
                .orderBy("name", "value").selectExpr("value", "name").collectAsList();

        assertEquals(List.of("value", "name"), List.of(ours.schema().fieldNames()));
        assertEquals(spark_.size(), ours.rows().size());
        for (int i = 0; i < spark_.size(); i++) {
            // Rows equal on both keys may come in either order; their keys must match position by position.
            assertEquals(String.valueOf(spark_.get(i).get(1)), String.valueOf(ours.rows().get(i).get(1)), "row " + i);
            assertEquals(normalized(spark_.get(i).get(0)), normalized(ours.rows().get(i).get(0)), "row " + i);
        }
    }

    /** -0.0 and 0.0 sort as equal, so either may come first among them. */
    private static String normalized(Object value) {
        return value instanceof Double d && d == 0.0 ? "0.0" : String.valueOf(value);
    }

    @Test
    void rowsEqualOnTheKeysKeepTheirOrder() {
        DriverTable table = new DriverTable(SCHEMA, List.of(RowFactory.create("b", 1, 0.5),
                RowFactory.create("a", 2, 0.5), RowFactory.create("c", 3, 0.25)));

        assertEquals(List.of("c", "b", "a"),
                table.orderBy("variance").rows().stream().map(row -> row.getString(0)).toList());
    }

    @Test
    void aCollectedTableKeepsTheColumnsItWasSelectedWith() {
        SparkSession spark = TestSpark.session();
        DriverTable table = DriverTable.collect(spark.createDataFrame(
                List.of(RowFactory.create("a", 4, 0.5), RowFactory.create("b", 6, 0.25)), SCHEMA)
                .selectExpr("variance", "cell_id"));

        assertEquals(List.of("b", 0.25), List.of(table.rows().get(1).getString(table.column("cell_id")),
                table.rows().get(1).getDouble(table.column("variance"))));
    }
}
