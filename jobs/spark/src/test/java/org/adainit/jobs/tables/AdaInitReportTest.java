package org.adainit.jobs.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adainit.jobs.pipeline.TinyGrid;
import org.adainit.jobs.spark.TestSpark;
import org.adainit.jobs.store.ResultDirectory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The report a run and {@code aggregate} print, read back from the tables of a real run. */
class AdaInitReportTest {

    private static final String CURVES = "curves: variance";
    private static final String SLOPES = "slopes of ln(variance)";
    private static final String COMPARISONS = "comparisons over all structures";

    private static String report(SparkSession spark, Path out) {
        StringWriter text = new StringWriter();
        PrintWriter report = new PrintWriter(text);
        new AdaInitTables().report(spark, directory(spark, out), report);
        report.flush();
        return text.toString();
    }

    private static ResultDirectory directory(SparkSession spark, Path out) {
        return ResultDirectory.open(out.toString(), spark.sparkContext().hadoopConfiguration());
    }

    /** The row counts the printed tables end with ("(12 rows)"), in order. */
    private static List<Long> printedCounts(String report) {
        Matcher counts = Pattern.compile("^\\((\\d+) rows?\\)$", Pattern.MULTILINE).matcher(report);
        return counts.results().map(m -> Long.parseLong(m.group(1))).toList();
    }

    private static long count(SparkSession spark, Path out, ResultTable table, String where) {
        return table.read(spark, directory(spark, out)).where(where).count();
    }

    @Test
    void sectionsComeInOrderEachWithEveryRowOfItsTable() throws Exception {
        SparkSession spark = TestSpark.session();
        Path out = TinyGrid.reference();
        String report = report(spark, out);

        int curves = report.indexOf(CURVES);
        int slopes = report.indexOf(SLOPES);
        int comparisons = report.indexOf(COMPARISONS);
        int closing = report.indexOf("all cells ok");
        assertTrue(curves >= 0 && curves < slopes && slopes < comparisons && comparisons < closing, report);
        assertEquals(curves, report.lastIndexOf(CURVES), report);
        assertEquals(List.of(count(spark, out, ResultTable.CURVES, "true"), count(spark, out, ResultTable.SLOPES, "true"),
                count(spark, out, ResultTable.COMPARISONS,
                        "qubits IS NULL AND layers IS NULL AND layers_per_qubit IS NULL")), printedCounts(report));
        assertTrue(printedCounts(report).stream().allMatch(rows -> rows > 0), report);
    }

    @Test
    void aGridWithoutSlopesOrComparisonsLeavesTheirSectionsOut() throws Exception {
        SparkSession spark = TestSpark.session();
        Path out = TinyGrid.copyOfReference("report-without-slopes");
        ResultDirectory directory = directory(spark, out);
        for (ResultTable table : List.of(ResultTable.SLOPES, ResultTable.COMPARISONS)) {
            TableFiles.write(directory, table.tableName(), table.partitionColumns(),
                    spark.createDataFrame(List.of(), table.rowSchema()), "dataset");
        }
        String report = report(spark, out);

        assertTrue(report.contains(CURVES), report);
        assertFalse(report.contains(SLOPES), report);
        assertFalse(report.contains(COMPARISONS), report);
        assertTrue(report.strip().endsWith("all cells ok"), report);
        assertEquals(List.of(count(spark, out, ResultTable.CURVES, "true")), printedCounts(report));
    }
}
