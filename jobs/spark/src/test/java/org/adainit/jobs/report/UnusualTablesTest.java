package org.adainit.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adainit.jobs.report.RunFixture.Structure;
import org.adainit.jobs.report.RunFixture.Variant;
import org.adainit.jobs.spark.TestSpark;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables a real run rarely produces: one without the columns a figure reads (an older or foreign table) leaves that
 * figure out and nothing else; a failed cell shows in the run health.
 */
class UnusualTablesTest {

    @TempDir
    Path temp;

    @Test
    void curvesWithoutTheirStatisticsLeaveFig3OutAndKeepTheRest() throws IOException {
        SparkSession spark = TestSpark.session();
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
        assertEquals(List.of("provenance", "findings", "health", "accuracy", "fig8"), sections);
        assertTrue(report.leftOut().stream().anyMatch(line -> line.startsWith("Fig. 3:")), report.leftOut().toString());
    }

    @Test
    void runHealthCountsAFailedCellAndListsItsError() throws IOException {
        SparkSession spark = TestSpark.session();
        Path run = new RunFixture().datasets("iris").priors("uniform").structures(new Structure(2, 2))
                .variants(Variant.baseline("classic"), Variant.adaInit("embedded", "full")).failing("classic")
                .write(spark, temp.resolve("failing"));

        Report report = ReportBuilder.build(ResultTables.open(spark, run.toString()), "test");

        ReportItem health = report.items().stream().filter(i -> i.id().equals("health-by-variant")).findFirst()
                .orElseThrow();
        List<Object> total = health.data().rows().get(health.data().rows().size() - 1);
        assertEquals("all variants", health.data().value(total, "variant"));
        assertEquals(1L, health.data().value(total, "failed"));
        ReportItem failed = report.items().stream().filter(i -> i.id().equals("health-failed-cells")).findFirst()
                .orElseThrow();
        assertEquals("simulated failure", failed.data().value(failed.data().rows().get(0), "error"));
    }

    @Test
    void aRunWhoseTablesWereNotRebuiltSaysSoInTheHeader() throws IOException {
        SparkSession spark = TestSpark.session();
        Path run = new RunFixture().datasets("iris").priors("uniform").structures(new Structure(2, 2))
                .variants(Variant.baseline("classic")).write(spark, temp.resolve("stale"));
        assertTrue(!ReportBuilder.build(ResultTables.open(spark, run.toString()), "test").facts()
                .containsKey("Warning"), "tables without a pipeline commit folder are what they are");
        // Committed cells without the marker: a run stopped while it rebuilt its tables.
        Files.createDirectories(run.resolve("_cells"));

        Report report = ReportBuilder.build(ResultTables.open(spark, run.toString()), "test");

        assertTrue(report.facts().get("Warning").contains("adainit aggregate --out " + run), report.facts().toString());
    }
}
