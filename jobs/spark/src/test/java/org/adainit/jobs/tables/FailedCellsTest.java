package org.adainit.jobs.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.adainit.jobs.print.PrintedText;
import org.adainit.jobs.spark.TestSpark;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The report's closing lines, shared by the AdaInit and the diagnostic grids: from a real DataFrame, and from rows. */
class FailedCellsTest {

    private static final StructType CELLS = new StructType()
            .add("cell_id", DataTypes.StringType, false)
            .add("status", DataTypes.StringType, false)
            .add("error", DataTypes.StringType, true);

    /** What a diagnostic grid prints from its table; an AdaInit run prints the same from the rows it holds. */
    private static String printed(List<Object[]> cells) {
        List<Row> rows = cells.stream().map(RowFactory::create).toList();
        String fromTable = PrintedText.of(report -> FailedCells.print(TestSpark.session().createDataFrame(rows, CELLS),
                report));
        assertEquals(fromTable, PrintedText.of(report -> FailedCells.print(new DriverTable(CELLS, rows), report)));
        return fromTable;
    }

    @Test
    void noFailureIsOneLine() {
        assertEquals("all cells ok\n", printed(List.<Object[]>of(new Object[] {"a", "ok", null})));
    }

    @Test
    void failuresAreCountedAndListedInCellIdOrderWithTheirErrors() {
        assertEquals("1 cell failed:\n  b: no data\n", printed(List.of(
                new Object[] {"a", "ok", null}, new Object[] {"b", "failed", "no data"})));
        assertEquals("2 cells failed:\n  a: x\n  c: y\n", printed(List.of(
                new Object[] {"c", "failed", "y"}, new Object[] {"b", "ok", null}, new Object[] {"a", "failed", "x"})));
    }
}
