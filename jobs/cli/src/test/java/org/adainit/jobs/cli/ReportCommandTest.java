package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adainit.jobs.spark.TestSpark;
import org.adainit.jobs.report.ReportRuns;
import org.adainit.jobs.report.RunFixture;
import org.adainit.jobs.report.RunFixture.Structure;
import org.adainit.jobs.report.RunFixture.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adainit report}: what a user sees for a good run and for each kind of bad input. */
class ReportCommandTest {

    @TempDir
    Path temp;

    @Test
    void writesThePageTheNotebookAndTheFiguresAndSaysWhatIsNotInTheRun() throws Exception {
        Path run = ReportRuns.offline(temp.resolve("run"));
        Path to = temp.resolve("elsewhere");
        CliRun result = CliRun.of("report", "--out", run.toString(), "--to", to.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.size(to.resolve("report.html")) > 10_000);
        assertTrue(Files.exists(to.resolve("report.ipynb")));
        assertTrue(Files.exists(to.resolve("figures/fig3-qubits-iris-uniform-l1.svg")));
        assertTrue(Files.exists(to.resolve("figures/fig3-qubits-iris-uniform-l1.png")));
        assertTrue(result.out().contains("not in this run: Fig. 7"), result.out());
        assertTrue(result.out().contains(to.resolve("report.html").toString()), result.out());
    }

    @Test
    void withoutToTheReportGoesUnderTheResultDirectory() throws IOException {
        Path run = new RunFixture().datasets("iris").priors("uniform").structures(new Structure(2, 2))
                .variants(Variant.baseline("classic")).write(TestSpark.session(), temp.resolve("run"));
        CliRun result = CliRun.of("report", "--out", run.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.exists(run.resolve("report/report.html")));
        // One structure: nothing to draw against qubits or layers, and no empty figure either.
        assertFalse(Files.list(run.resolve("report/figures")).findAny().isPresent());
    }

    @Test
    void aMissingResultDirectoryIsNamed() {
        Path missing = temp.resolve("no-such-run");
        CliRun result = CliRun.of("report", "--out", missing.toString());
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, result.exitCode());
        assertEquals("error: --out " + missing + ": no such result directory", result.err().strip());
    }

    @Test
    void aDirectoryWithoutTablesIsNamed() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not a table");
        CliRun result = CliRun.of("report", "--out", empty.toString());
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, result.exitCode());
        assertTrue(result.err().startsWith("error: --out " + empty + " holds no result tables"), result.err());
    }

    @Test
    void aCorruptTableIsNamedWithoutAStackTrace() throws IOException {
        Path run = Files.createDirectories(temp.resolve("corrupt/cells"));
        Files.writeString(run.resolve("part-00000.parquet"), "this is not parquet");
        CliRun result = CliRun.of("report", "--out", run.getParent().toString());
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, result.exitCode());
        assertTrue(result.err().startsWith("error: table cells: ")
                && result.err().contains("part-00000.parquet is not a Parquet file"), result.err());
        assertFalse(result.err().contains("\tat "), result.err());
    }
}
