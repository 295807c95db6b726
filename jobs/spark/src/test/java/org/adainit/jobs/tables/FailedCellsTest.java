package org.adainit.jobs.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.adainit.jobs.spark.TestSpark;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The report's closing lines, shared by the AdaInit and the diagnostic grids, on a real Spark DataFrame. */
class FailedCellsTest {

    private static final StructType CELLS = new StructType()
            .add("cell_id", DataTypes.StringType, false)
            .add("status", DataTypes.StringType, false)
            .add("error", DataTypes.StringType, true);

    private static String printed(List<Object[]> cells) {
        StringWriter text = new StringWriter();
        PrintWriter report = new PrintWriter(text);
        FailedCells.print(TestSpark.session().createDataFrame(cells.stream().map(RowFactory::create).toList(), CELLS),
                report);
        report.flush();
        return text.toString();
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
