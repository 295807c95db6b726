package org.adainit.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.adainit.jobs.input.InputException;
import org.adainit.jobs.spark.TestSpark;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.tables.ResultTable;
import org.adainit.jobs.tables.TableBuilder;
import org.adainit.jobs.tables.TableFiles;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The tables of the tiny grid's committed cells, built with the epochs written a few cells at a time (as a
 * full-scale grid's are), equal the tables its run built in one write per table.
 */
class SlicedTableWritesTest {

    @Test
    void epochsWrittenInSlicesGiveTheTablesOfOneWrite() throws Exception {
        Path reference = TinyGrid.reference();
        SparkSession spark = TestSpark.session().newSession();
        long epochs = TinyGrid.reproducibleRows(spark, reference, ResultTable.EPOCHS).size();
        // A quarter of the table per write: each slice of whole cells stays at or under it.
        spark.conf().set(TableFiles.ROWS_PER_WRITE, String.valueOf(epochs / 4));
        Path out = TinyGrid.freshDirectory("sliced-tables");

        TableBuilder.build(spark, TinyGrid.directory(spark, out), store(spark, reference));

        TinyGrid.assertSameTables(spark, reference, out);
        long folders;
        long files;
        try (Stream<Path> all = Files.walk(out.resolve("epochs"))) {
            List<Path> parquet = all.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList();
            files = parquet.size();
            folders = parquet.stream().map(Path::getParent).distinct().count();
        }
        assertTrue(files >= folders + 3, files + " files in " + folders + " folders: written in at least 4 slices");
    }

    @Test
    void aRowLimitThatIsNotAPositiveNumberIsToldByItsKey() throws Exception {
        Path reference = TinyGrid.reference();
        SparkSession spark = TestSpark.session().newSession();
        spark.conf().set(TableFiles.ROWS_PER_WRITE, "0");
        Path out = TinyGrid.freshDirectory("sliced-tables-bad-limit");

        InputException bad = assertThrows(InputException.class,
                () -> TableBuilder.build(spark, TinyGrid.directory(spark, out), store(spark, reference)));

        assertEquals(TableFiles.ROWS_PER_WRITE + " must be a positive number of rows, not '0'", bad.getMessage());
    }

    private static CellStore store(SparkSession spark, Path out) {
        return new CellStore(TinyGrid.directory(spark, out));
    }
}
