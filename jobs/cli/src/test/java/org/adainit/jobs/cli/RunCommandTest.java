package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.adainit.jobs.pipeline.TinyGrid;
import org.adainit.jobs.spark.TestSpark;
import org.adainit.jobs.store.FullDiskFileSystem;
import org.adainit.jobs.store.ReadOnlyFileSystem;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adainit run} and {@code adainit aggregate} through the real command line. */
class RunCommandTest {

    private static final String LLM_GRID = """
            name: offline
            seed: 5
            axes:
              datasets: [iris]
              priors: [uniform]
              structures: [{qubits: 2, layers: 1}]
              seeds: [0]
              methods: [classic, {method: adainit, generator: llm}]
            search: {iterations: 2}
            training: {epochs: 2}
            llm: {model: gpt-4o, sampling: {iris: {temperature: 0.5, top_p: 0.9}}}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aBadGridIsRejectedBeforeAnythingIsWritten() throws Exception {
        Path grid = write("bad.yaml", TinyGrid.YAML.replace("generator: random", "generator: gpt4"));
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("run", grid.toString(), "--out", out.toString());
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, run.exitCode());
        assertEquals("error: " + grid + ": field 'axes.methods[2].generator' is 'gpt4', allowed: llm, embedded, "
                + "random, replay", run.err().strip());
        assertFalse(Files.exists(out));
    }

    @Test
    void theSameCommandOnAFinishedDirectoryComputesNothing() throws Exception {
        Path reference = TinyGrid.reference();
        Path grid = write("tiny.yaml", TinyGrid.YAML);
        CliRun run = CliRun.of("run", grid.toString(), "--out", reference.toString());
        assertEquals(0, run.exitCode(), run.err());
        int cells = TinyGrid.grid().cells().size();
        assertTrue(run.out().startsWith("all " + cells + " cells already done in file:" + reference), run.out());
        assertTrue(run.out().contains("curves: variance"), run.out());
        assertTrue(run.out().contains("all cells ok"), run.out());
    }

    @Test
    void theCommandLineSparkSubmitHandsOverIsRecordedAsTyped() throws Exception {
        Path reference = TinyGrid.reference();
        Path grid = write("tiny.yaml", TinyGrid.YAML);
        String typed = "submit/spark-submit.sh --master spark://head:7077 --conf spark.executor.memory=2g -- run "
                + grid + " --out " + reference;
        System.setProperty(TypedCommand.LAUNCH_COMMAND_PROPERTY, typed);
        try {
            CliRun run = CliRun.of("run", grid.toString(), "--out", reference.toString());
            assertEquals(0, run.exitCode(), run.err());
        } finally {
            System.clearProperty(TypedCommand.LAUNCH_COMMAND_PROPERTY);
        }
        JsonNode runs = new ObjectMapper().readTree(reference.resolve("manifest.json").toFile()).get("runs");
        assertEquals(typed, runs.get(runs.size() - 1).get("command").asText(), "launcher, master and options");
    }

    @Test
    void anotherGridIsRefusedInADirectoryMadeByTheFirst() throws Exception {
        Path reference = TinyGrid.reference();
        Path grid = write("other.yaml", TinyGrid.YAML.replace("seed: 11", "seed: 12"));
        CliRun run = CliRun.of("run", grid.toString(), "--out", reference.toString());
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("holds results of grid 'tiny' (hash "), run.err());
        assertTrue(run.err().contains("write to another --out"), run.err());
    }

    @Test
    void aGridOverTheBudgetIsRefusedBeforeAnyWork() throws Exception {
        Path grid = write("costly.yaml", TinyGrid.YAML + "budget: {max_simulator_hours: 0.0000001}\n");
        Path out = dir.resolve("costly-out");
        CliRun run = CliRun.of("run", grid.toString(), "--out", out.toString());
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("field 'budget.max_simulator_hours'"), run.err());
        assertFalse(Files.exists(out.resolve("manifest.json")));
    }

    @Test
    void anLlmGridNeedsAnEndpointOrAnOfflineGenerator() throws Exception {
        TinyGrid.dataDirectory();
        Path grid = write("offline.yaml", LLM_GRID);
        CliRun noEndpoint = CliRun.of("run", grid.toString(), "--out", dir.resolve("x").toString());
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, noEndpoint.exitCode());
        assertTrue(noEndpoint.err().contains("needs an endpoint"), noEndpoint.err());
        assertTrue(noEndpoint.err().contains("--generator embedded"), noEndpoint.err());

        CliRun badName = CliRun.of("run", grid.toString(), "--out", dir.resolve("x").toString(), "--generator", "gpt");
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, badName.exitCode());
        assertTrue(badName.err().contains("--generator: unknown generator 'gpt', allowed: llm, embedded, random, "
                + "replay"), badName.err());

        TestSpark.session();
        Path out = dir.resolve("offline-out");
        CliRun offline = CliRun.of("run", grid.toString(), "--out", out.toString(), "--generator", "embedded");
        assertEquals(0, offline.exitCode(), offline.err());
        assertTrue(offline.out().contains("[2/2] ok"), offline.out());
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("embedded", manifest.get("runs").get(0).get("generator_override").asText());
        assertEquals("finished", manifest.get("runs").get(0).get("outcome").asText());
        List<Row> generators = TestSpark.session().read().parquet(out.resolve("cells").toString())
                .selectExpr("variant", "generator_label").orderBy("variant").collectAsList();
        assertEquals("adainit-embedded", generators.get(0).getString(0));
        assertEquals("embedded (not an LLM)", generators.get(0).getString(1));
    }

    @Test
    void aCorruptDatasetFileIsNamed() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("iris.data"), "5.1,3.5,1.4,0.2,Iris-setosa\n");
        CliRun run = CliRun.of("run", write("tiny.yaml", TinyGrid.YAML).toString(), "--out",
                dir.resolve("o").toString(), "--data-dir", data.toString());
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, run.exitCode());
        assertTrue(run.err().startsWith("error: " + data.resolve("iris.data") + " differs from the upstream file"),
                run.err());
    }

    @Test
    void aggregateNamesACorruptCommittedCell() throws Exception {
        Path reference = TinyGrid.reference();
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy.resolve("_cells"));
        Path victim = null;
        try (Stream<Path> files = Files.list(reference.resolve("_cells"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                Files.copy(file, copy.resolve("_cells").resolve(file.getFileName()));
                victim = copy.resolve("_cells").resolve(file.getFileName());
            }
        }
        Files.writeString(victim, "{\"cell\": {\"id\": ");
        TestSpark.session();
        CliRun run = CliRun.of("aggregate", "--out", copy.toString());
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains(victim.getFileName() + ": not a readable cell outcome"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void anOutBelowARegularFileIsOneLineNamingThePathWithExitTwo() throws Exception {
        Path grid = write("tiny.yaml", TinyGrid.YAML);
        Path plain = write("results", "a file where the user meant a folder");
        Path out = plain.resolve("tiny");
        TinyGrid.dataDirectory();
        CliRun run = CliRun.of("run", grid.toString(), "--out", out.toString(), "--data-dir",
                TinyGrid.dataDirectory());
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("error: --out file:" + out + ": cannot write there ("), run.err());
        assertTrue(run.err().contains(plain.toString()), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertEquals("a file where the user meant a folder", Files.readString(plain));
    }

    @Test
    void anOutWithoutWritePermissionIsOneLineNamingThePathWithExitTwo() throws Exception {
        Path grid = write("tiny.yaml", TinyGrid.YAML);
        Path readOnly = Files.createDirectories(dir.resolve("read-only"));
        String out = ReadOnlyFileSystem.SCHEME + "://" + readOnly;
        String impl = "spark.hadoop.fs." + ReadOnlyFileSystem.SCHEME + ".impl";
        System.setProperty(impl, ReadOnlyFileSystem.class.getName());
        try {
            CliRun run = CliRun.of("run", grid.toString(), "--out", out, "--data-dir", TinyGrid.dataDirectory());
            assertEquals(AdaInitCli.EXIT_BAD_INPUT, run.exitCode(), run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().startsWith("error: --out " + ReadOnlyFileSystem.SCHEME + ":" + readOnly
                    + ": cannot write there (Permission denied: user=test, access=WRITE, inode=\"" + readOnly
                    + "/_writer.lock\")"), run.err());
            try (Stream<Path> files = Files.list(readOnly)) {
                assertEquals(List.of(), files.toList(), "nothing was written");
            }
        } finally {
            System.clearProperty(impl);
        }
    }

    @Test
    void aDiskThatFillsUpDuringTheTableBuildKeepsTheCellsAndLeavesTheTablesNotBuilt() throws Exception {
        Path grid = write("tiny.yaml", TinyGrid.YAML);
        Path out = dir.resolve("out");
        String impl = "fs." + FullDiskFileSystem.SCHEME + ".impl";
        // The driver's result directory and Spark's Parquet writer each read the file system from their own settings.
        Configuration sparkHadoop = TestSpark.session().sparkContext().hadoopConfiguration();
        System.setProperty("spark.hadoop." + impl, FullDiskFileSystem.class.getName());
        sparkHadoop.set(impl, FullDiskFileSystem.class.getName());
        FullDiskFileSystem.allowTableFiles(0);
        try {
            CliRun run = CliRun.of("run", grid.toString(), "--out", FullDiskFileSystem.SCHEME + "://" + out,
                    "--data-dir", TinyGrid.dataDirectory());
            assertEquals(AdaInitCli.EXIT_BAD_INPUT, run.exitCode(), run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().startsWith("error: writing " + FullDiskFileSystem.SCHEME + ":" + out
                    + "/_tables_building/cells: No space left on device; the committed cells are kept"), run.err());
        } finally {
            FullDiskFileSystem.allowTableFiles(Integer.MAX_VALUE);
            System.clearProperty("spark.hadoop." + impl);
            sparkHadoop.unset(impl);
        }
        try (Stream<Path> cells = Files.list(out.resolve("_cells"))) {
            assertEquals(TinyGrid.grid().cells().size(), cells.filter(f -> f.toString().endsWith(".ok.json")).count());
        }
        assertFalse(Files.exists(out.resolve("cells")));
        assertFalse(Files.exists(out.resolve("_tables_building")));
        JsonNode record = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("runs").get(0);
        assertEquals("interrupted", record.get("outcome").asText(), record.toString());

        CliRun sql = CliRun.of("sql", "--out", out.toString(), "SELECT count(*) FROM cells");
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, sql.exitCode(), sql.err());
        assertTrue(sql.err().contains("the tables were not built, or their last build failed or was stopped"),
                sql.err());
        CliRun aggregate = CliRun.of("aggregate", "--out", out.toString());
        assertEquals(0, aggregate.exitCode(), aggregate.err());
        CliRun counted = CliRun.of("sql", "--out", out.toString(), "--format", "csv", "SELECT count(*) AS n FROM cells");
        assertEquals(0, counted.exitCode(), counted.err());
        assertEquals("n\n" + TinyGrid.grid().cells().size(), counted.out().strip());
    }
}
