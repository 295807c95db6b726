package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adainit.jobs.pipeline.TinyGrid;
import org.adainit.jobs.spark.SqlPlans;
import org.adainit.jobs.spark.TestSpark;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adainit sql} on the tables of the tiny grid's reference run. */
class SqlCommandTest {

    private static final Path SQL = Path.of(System.getProperty("adainit.root")).resolve("conf/sql");

    @TempDir
    Path empty;

    @Test
    void tableFormatShowsTheResultAligned() throws Exception {
        Path out = TinyGrid.reference();
        CliRun run = CliRun.of("sql", "--out", out.toString(),
                "SELECT status, count(*) AS cells FROM cells GROUP BY status");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(List.of("status  cells", "------  -----", "ok      " + TinyGrid.grid().cells().size(), "(1 row)"),
                lines);
    }

    @Test
    void aQueryOnSmallTablesInterpretsItsExpressions() throws Throwable {
        Path out = TinyGrid.reference();
        String query = "SELECT o.cell_id, o.variance * 2 AS twice FROM cells o JOIN cells c ON o.cell_id = c.cell_id "
                + "WHERE c.variance > 0 ORDER BY twice";
        CliRun[] run = new CliRun[1];

        List<String> plans = SqlPlans.during(TestSpark.session(),
                () -> run[0] = CliRun.of("sql", "--out", out.toString(), query),
                recorded -> recorded.stream().anyMatch(SqlPlans::finalAdaptivePlan));

        assertEquals(0, run[0].exitCode(), run[0].err());
        List<String> finalPlans = SqlPlans.finalAdaptivePlans(plans);
        assertEquals(1, finalPlans.size(), "the query's plans: " + plans);
        assertTrue(finalPlans.get(0).contains("Join"), finalPlans.get(0));
        assertFalse(SqlPlans.wholeStageCompiled(finalPlans.get(0)), finalPlans.get(0));
    }

    @Test
    void aConfigurationReferenceSparkCannotSubstituteIsBadInput() throws Exception {
        CliRun run = CliRun.of("sql", "--out", TinyGrid.reference().toString(),
                "SELECT '${spark.sql.codegen.wholeStage}' AS setting");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("spark.sql.codegen.wholeStage"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void csvAndJsonKeepFullPrecision() throws Exception {
        Path out = TinyGrid.reference();
        List<Row> expected = TestSpark.session().read().parquet(out.resolve("cells").toString())
                .selectExpr("cell_id", "variance").orderBy("cell_id").collectAsList();

        CliRun csv = CliRun.of("sql", "--out", out.toString(), "--format", "csv",
                "SELECT cell_id, variance, 'a,\"b\"' AS quoted FROM cells ORDER BY cell_id");
        assertEquals(0, csv.exitCode(), csv.err());
        List<String> lines = csv.out().lines().toList();
        assertEquals("cell_id,variance,quoted", lines.get(0));
        assertEquals(expected.size() + 1, lines.size());
        for (int i = 0; i < expected.size(); i++) {
            String[] cells = lines.get(i + 1).split(",", 3);
            assertEquals(expected.get(i).getString(0), cells[0]);
            assertEquals(expected.get(i).getDouble(1), Double.parseDouble(cells[1]), 0.0, "exact double");
            assertEquals("\"a,\"\"b\"\"\"", cells[2]);
        }

        CliRun json = CliRun.of("sql", "--out", out.toString(), "--format", "json",
                "SELECT cell_id, variance, theta0_l2 FROM cells ORDER BY cell_id");
        assertEquals(0, json.exitCode(), json.err());
        List<String> objects = json.out().lines().toList();
        assertEquals(expected.size(), objects.size());
        ObjectMapper mapper = new ObjectMapper();
        for (int i = 0; i < expected.size(); i++) {
            JsonNode node = mapper.readTree(objects.get(i));
            assertEquals(expected.get(i).getDouble(1), node.get("variance").asDouble(), 0.0);
            assertEquals(2, node.get("theta0_l2").size());
        }
    }

    @Test
    void everyShippedQueryAnswersOnARealRun() throws Exception {
        Path out = TinyGrid.reference();
        List<Path> queries;
        try (var listing = Files.list(SQL)) {
            queries = listing.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        assertEquals(3, queries.size(), queries.toString());
        for (Path query : queries) {
            CliRun run = CliRun.of("sql", "--out", out.toString(), "--file", query.toString(), "--format", "csv");
            assertEquals(0, run.exitCode(), query + ": " + run.err());
            assertTrue(run.out().lines().count() > 1, query + " returned no rows:\n" + run.out());
        }
    }

    @Test
    void aBadQueryIsABadInputOnOneLine() throws Exception {
        Path out = TinyGrid.reference();
        CliRun run = CliRun.of("sql", "--out", out.toString(), "SELECT no_such_column FROM cells");
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, run.exitCode());
        assertTrue(run.err().startsWith("error: query: "), run.err());
        assertTrue(run.err().contains("no_such_column"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void aDirectoryWithoutTablesIsABadInput() {
        CliRun run = CliRun.of("sql", "--out", empty.toString(), "SELECT 1");
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("holds no result tables"), run.err());
    }

    @Test
    void statementsOtherThanQueriesAreRefusedAndTheTablesStayAsTheyWere() throws Exception {
        Path out = TinyGrid.copyOfReference("sql-writes");
        String curves = out.resolve("curves").toString();
        List<String> statements = List.of(
                "INSERT OVERWRITE DIRECTORY '" + curves + "' USING parquet SELECT 1 AS x",
                "FROM cells INSERT OVERWRITE DIRECTORY '" + curves + "' USING parquet SELECT cell_id",
                "WITH one AS (SELECT 1 AS x) INSERT OVERWRITE DIRECTORY '" + curves + "' USING parquet "
                        + "SELECT * FROM one",
                "INSERT INTO cells SELECT * FROM cells",
                "CREATE TABLE copy USING parquet LOCATION '" + curves + "' AS SELECT 1 AS x",
                "CREATE OR REPLACE TEMPORARY VIEW cells AS SELECT 1 AS x",
                "DROP VIEW cells",
                "CACHE TABLE cells",
                "SET spark.sql.shuffle.partitions=1",
                "ADD JAR /no/such.jar");
        long rows = TestSpark.session().read().parquet(curves).count();
        for (String statement : statements) {
            CliRun run = CliRun.of("sql", "--out", out.toString(), statement);
            assertEquals(AdaInitCli.EXIT_BAD_INPUT, run.exitCode(), statement + ": " + run.out() + run.err());
            assertTrue(run.err().startsWith("error: query: sql is read-only"), statement + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
        }
        CliRun count = CliRun.of("sql", "--out", out.toString(), "--format", "csv",
                "SELECT count(*) AS n FROM curves");
        assertEquals(0, count.exitCode(), count.err());
        assertEquals(List.of("n", Long.toString(rows)), count.out().lines().toList());
    }

    @Test
    void aFailedRebuildIsReportedAndNeverReadAsAnEmptyTable() throws Exception {
        Path out = TinyGrid.copyOfReference("sql-failed-build");
        Path victim;
        try (var files = Files.list(out.resolve("_cells"))) {
            victim = files.filter(p -> p.toString().endsWith(".ok.json")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(victim, "{\"cell\": {\"id\": ");
        CliRun aggregate = CliRun.of("aggregate", "--out", out.toString());
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, aggregate.exitCode(), aggregate.err());
        assertTrue(aggregate.err().contains(victim.getFileName().toString()), aggregate.err());

        CliRun count = CliRun.of("sql", "--out", out.toString(), "SELECT count(*) FROM cells");
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, count.exitCode(), count.out() + count.err());
        assertTrue(count.err().contains("are not current: 1 cell was committed, recomputed or removed since the "
                + "tables were built"), count.err());
        assertTrue(count.err().contains("aggregate --out"), count.err());
    }
}
