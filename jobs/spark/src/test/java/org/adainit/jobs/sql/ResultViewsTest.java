package org.adainit.jobs.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.adainit.jobs.input.InputException;
import org.adainit.jobs.pipeline.TinyGrid;
import org.adainit.jobs.spark.TestSpark;
import org.adainit.jobs.store.ResultDirectory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which tables a query gets, on the tiny grid's reference run. */
class ResultViewsTest {

    @TempDir
    Path empty;

    @Test
    void aTableIsNamedByAWholeWordInAnyCase() throws Exception {
        ResultDirectory directory = TinyGrid.directory(TestSpark.session(), TinyGrid.reference());

        assertEquals(List.of("cells"), ResultViews.namedBy("SELECT count(*) FROM Cells", directory));
        assertEquals(List.of("cells"), ResultViews.namedBy("TABLE `cells`", directory));
        assertEquals(List.of(), ResultViews.namedBy("SELECT cells_total FROM mycells", directory));
        // A CTE's body and a subquery name their tables too; a name in a string literal costs a listing, no more.
        assertEquals(List.of("cells", "iterations", "epochs"), ResultViews.namedBy("WITH best AS (SELECT cell_id FROM "
                + "iterations) SELECT * FROM cells WHERE cell_id IN (SELECT cell_id FROM best) AND 'epochs' <> ''",
                directory));
        // Tables the directory does not hold are not named: the tiny grid has no diagnostics.
        assertEquals(List.of(), ResultViews.namedBy("SELECT * FROM mcclean", directory));
    }

    @Test
    void onlyTheNamedTablesAreRegisteredAndTheyAnswer() throws Exception {
        SparkSession spark = TestSpark.session().newSession();
        ResultDirectory directory = TinyGrid.directory(spark, TinyGrid.reference());
        List<String> tables = ResultViews.namedBy("SELECT count(*) FROM cells", directory);

        ResultViews.register(spark, directory, tables);

        assertEquals(TinyGrid.grid().cells().size(), spark.sql("SELECT count(*) FROM cells").first().getLong(0));
        assertTrue(spark.catalog().tableExists("cells"));
        assertTrue(!spark.catalog().tableExists("epochs"), "epochs was not named");
        assertEquals(directory.bytes("cells"), ResultViews.bytes(directory, tables));
    }

    @Test
    void aDirectoryWithoutTablesIsRefused() {
        ResultDirectory directory = TinyGrid.directory(TestSpark.session(), empty);

        InputException refused = assertThrows(InputException.class,
                () -> ResultViews.namedBy("SELECT 1", directory));
        assertTrue(refused.getMessage().contains("holds no result tables"), refused.getMessage());
    }
}
