package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.adainit.jobs.spark.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan, run, aggregate and sql on a McClean grid through the real command line. */
class DiagnosticGridCommandsTest {

    private static final String GRID = """
            name: tiny-mcclean
            kind: mcclean
            seed: 9
            samples_per_cell: 20
            points:
              - {qubits: [2, 3], depth: 4, samples: 50}
            """;

    @TempDir
    Path dir;

    @Test
    void planRunAggregateAndSqlWorkOnADiagnosticGrid() throws Exception {
        Path grid = Files.writeString(dir.resolve("tiny-mcclean.yaml"), GRID);
        CliRun plan = CliRun.of("plan", grid.toString(), "--cores", "2");
        assertEquals(0, plan.exitCode(), plan.err());
        assertTrue(plan.out().contains("kind mcclean"), plan.out());
        assertTrue(plan.out().contains("total: 2 points, 6 cells, 100 samples"), plan.out());

        TestSpark.session();
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("run", grid.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("[6/6] ok"), run.out());
        assertTrue(run.out().contains("mcclean: Var[dE/dtheta(1,1)]"), run.out());
        assertTrue(run.out().contains("all cells ok"), run.out());

        CliRun aggregate = CliRun.of("aggregate", "--out", out.toString());
        assertEquals(0, aggregate.exitCode(), aggregate.err());
        assertTrue(aggregate.out().contains("mcclean_samples 100"), aggregate.out());

        CliRun sql = CliRun.of("sql", "--out", out.toString(), "--format", "csv",
                "SELECT qubits, samples FROM mcclean ORDER BY qubits");
        assertEquals(0, sql.exitCode(), sql.err());
        assertEquals("qubits,samples\n2,50\n3,50", sql.out().strip());
    }

    @Test
    void adaInitOptionsAreRefusedForADiagnosticGrid() throws Exception {
        Path grid = Files.writeString(dir.resolve("tiny-mcclean.yaml"), GRID);
        CliRun run = CliRun.of("run", grid.toString(), "--out", dir.resolve("x").toString(), "--generator",
                "embedded");
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, run.exitCode());
        assertEquals("error: --generator applies to adainit grids; " + grid + " is a mcclean grid",
                run.err().strip());
        assertFalse(Files.exists(dir.resolve("x")));
    }
}
