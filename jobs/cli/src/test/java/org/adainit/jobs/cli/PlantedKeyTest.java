package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.adainit.jobs.pipeline.TinyGrid;
import org.adainit.jobs.spark.TestSpark;
import org.adainit.jobs.tables.ResultTable;
import org.adainit.jobs.testing.FakeChatServer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An API key planted in the environment of a real {@code run} (its own JVM, so the key is in its environment) against
 * a loopback server that echoes it in an error: the key reaches the server and nothing else, neither the console
 * nor the Parquet tables, the manifest, the committed cells, the response cache or the report.
 */
class PlantedKeyTest {

    private static final String GRID = """
            name: secrets
            seed: 2
            axes: {datasets: [iris], priors: [uniform], structures: [{qubits: 2, layers: 1}], seeds: [0],
                   methods: [{method: adainit, generator: llm}]}
            search: {iterations: 2}
            training: {epochs: 1}
            llm: {model: fake-model, cache_dir: %s, sampling: {iris: {temperature: 0.5, top_p: 0.9}}}
            """;
    private static final String GOOD =
            "{'l0': [[[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]], 'l1': [[0.7, 0.8], [0.9, 1.0]], 'l2': [1.1, 1.2]}";

    @TempDir
    Path dir;

    @Test
    void thePlantedKeyReachesTheServerAndNoFileOrLogLine() throws Exception {
        String data = TinyGrid.dataDirectory();
        String key = "sk-planted-" + UUID.randomUUID().toString().replace("-", "");
        Path cache = dir.resolve("cache");
        Path out = dir.resolve("out");
        Path grid = Files.writeString(dir.resolve("secrets.yaml"), GRID.formatted(cache));
        AtomicInteger served = new AtomicInteger();
        String console;
        try (FakeChatServer server = new FakeChatServer(request -> served.getAndIncrement() == 0
                ? FakeChatServer.Reply.error(500, "internal error for key " + key)
                : FakeChatServer.Reply.completion(GOOD))) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
            // The console a user sees: the launcher's logging configuration, not the tests' (which logs to a file).
            command.add("-Dlog4j2.configurationFile="
                    + Path.of(System.getProperty("adainit.root"), "conf", "log4j2.properties"));
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), AdaInitCli.class.getName(), "run",
                    grid.toString(), "--endpoint", server.baseUrl(), "--out", out.toString(), "--data-dir", data));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("OPENAI_API_KEY", key);
            Process run = builder.start();
            console = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(run.waitFor(10, TimeUnit.MINUTES));
            assertEquals(0, run.exitValue(), console);
            assertTrue(server.requestHeaders().stream()
                    .allMatch(h -> ("Bearer " + key).equals(h.getFirst("Authorization"))), "the key was used");
            assertEquals(3, server.calls(), "the echoed error, its retry and the second iteration");
        }
        assertTrue(console.contains("HTTP 500"), "the echoing error was logged: " + console);
        CliRun report = CliRun.of("report", "--out", out.toString(), "--to", dir.resolve("report").toString());
        assertEquals(0, report.exitCode(), report.err());

        List<String> leaks = new ArrayList<>();
        if (console.contains(key) || report.out().contains(key) || report.err().contains(key)) {
            leaks.add("console");
        }
        for (Path root : List.of(out, cache, dir.resolve("report"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(key)) {
                        leaks.add(dir.relativize(file).toString());
                    }
                }
            }
        }
        // Parquet may compress a string column, so the tables are also searched decoded.
        for (ResultTable table : ResultTable.values()) {
            Dataset<Row> rows = TestSpark.session().read().schema(table.schema())
                    .parquet(out.resolve(table.tableName()).toString()).selectExpr("to_json(struct(*)) AS row");
            if (rows.where(rows.col("row").contains(key)).count() > 0) {
                leaks.add("table " + table.tableName());
            }
        }
        assertEquals(List.of(), leaks, "where the planted key was found");
        try (Stream<Path> cached = Files.list(cache)) {
            assertTrue(Files.exists(out.resolve("manifest.json")) && cached.findAny().isPresent(),
                    "the scan covered a manifest and a filled cache");
        }
    }
}
