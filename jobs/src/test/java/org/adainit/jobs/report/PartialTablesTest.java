package org.adainit.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adainit.jobs.report.RunFixture.Structure;
import org.adainit.jobs.report.RunFixture.Variant;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table without the columns a figure reads (an older or foreign table) leaves that figure out, nothing else. */
class PartialTablesTest {

    @TempDir
    Path temp;

    @Test
    void curvesWithoutTheirStatisticsLeaveFig3OutAndKeepTheRest() throws IOException {
        SparkSession spark = ReportTestSpark.session();
        Path run = new RunFixture().datasets("iris").priors("uniform")
                .structures(new Structure(2, 2), new Structure(4, 2))
                .variants(Variant.baseline("classic"), Variant.adaInit("embedded", "full"))
                .write(spark, temp.resolve("run"));
        spark.read().parquet(run.resolve("curves").toString()).select("dataset", "prior", "variant", "qubits")
                .write().mode(SaveMode.Overwrite).parquet(temp.resolve("stripped").toString());
        Files.move(run.resolve("curves"), temp.resolve("original-curves"));
        Files.move(temp.resolve("stripped"), run.resolve("curves"));

        Report report = ReportBuilder.build(ResultTables.open(spark, run.toString()), "test");

        List<String> sections = report.sections().stream().map(ReportSection::id).toList();
        assertEquals(List.of("provenance", "health", "fig8"), sections);
        assertTrue(report.leftOut().stream().anyMatch(line -> line.startsWith("Fig. 3:")), report.leftOut().toString());
    }
}
