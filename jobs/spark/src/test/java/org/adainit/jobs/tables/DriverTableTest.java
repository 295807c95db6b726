package org.adainit.jobs.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void aCollectedTableKeepsTheColumnsItWasSelectedWith() {
        SparkSession spark = TestSpark.session();
        DriverTable table = DriverTable.collect(spark.createDataFrame(
                List.of(RowFactory.create("a", 4, 0.5), RowFactory.create("b", 6, 0.25)), SCHEMA)
                .selectExpr("variance", "cell_id"));

        assertEquals(List.of("b", 0.25), List.of(table.rows().get(1).getString(table.column("cell_id")),
                table.rows().get(1).getDouble(table.column("variance"))));
    }
}
