package org.adainit.jobs.pipeline;

import java.io.StringWriter;
import java.nio.file.Path;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.spark.TestSpark;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** Cell results depend on the cell seed only, never on how many cores or tasks run them. */
class DeterminismTest {

    @Test
    void oneCoreAndTwoCoresGiveIdenticalTables() throws Exception {
        Path twoCores = TinyGrid.reference();
        SparkSession oneCore = TestSpark.session("local[1]");
        Grid grid = TinyGrid.grid();
        Path out = TinyGrid.freshDirectory("one-core");
        TinyGrid.run(oneCore, grid, out, TinyGrid.runner(grid), new StringWriter());
        TinyGrid.assertSameTables(oneCore, twoCores, out);
    }
}
