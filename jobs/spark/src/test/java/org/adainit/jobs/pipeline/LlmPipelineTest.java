package org.adainit.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.grid.GridReader;
import org.adainit.jobs.tables.ResultTable;
import org.adainit.jobs.testing.FakeChatServer;
import org.adainit.jobs.spark.TestSpark;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The llm generator inside Spark tasks, against a chat-completions server on 127.0.0.1. */
class LlmPipelineTest {

    @TempDir
    Path cache;

    @Test
    void cellsAskTheEndpointWithTheirDatasetsSamplingAndRecordUsage() throws Exception {
        AtomicInteger served = new AtomicInteger();
        try (FakeChatServer server = new FakeChatServer(request -> {
            double v = 0.1 * served.incrementAndGet();
            return FakeChatServer.Reply.completion(String.format(Locale.ROOT,
                    "{'l0': [[[%.4f, 0.2, 0.3], [0.4, %.4f, 0.6]]], 'l1': [[0.7, 0.8], [0.9, 1.0]], 'l2': [1.1, 1.2]}",
                    v, 1 - v / 2));
        })) {
            Grid grid = GridReader.parse("llm.yaml", """
                    name: llm-tiny
                    seed: 3
                    axes:
                      datasets: [iris]
                      priors: [uniform]
                      structures: [{qubits: 2, layers: 1}]
                      seeds: [0]
                      methods: [{method: adainit, generator: llm}]
                    search: {iterations: 3}
                    training: {epochs: 2}
                    llm:
                      model: fake-model
                      cache_dir: %s
                      sampling: {iris: {temperature: 0.5, top_p: 0.9}}
                    """.formatted(cache)).withEndpoint(server.baseUrl());
            SparkSession spark = TestSpark.session();
            Path out = TinyGrid.freshDirectory("llm");
            RunJob.Result result = TinyGrid.run(spark, grid, out, TinyGrid.runner(grid), new StringWriter());
            assertEquals(0, result.failedCells().size());

            assertEquals(3, server.calls(), "one request per iteration");
            for (JsonNode request : server.requests()) {
                assertEquals("fake-model", request.get("model").asText());
                assertEquals(0.5, request.get("temperature").asDouble());
                assertEquals(0.9, request.get("top_p").asDouble());
            }
            Row cell = RunJobTest.table(spark, out, ResultTable.CELLS).first();
            assertEquals("llm:fake-model", cell.getAs("generator_label"));
            assertEquals(3L, (long) cell.<Long>getAs("llm_calls"));
            assertEquals(3 * 1000L, (long) cell.<Long>getAs("tokens_in"), "usage the server reported");
            assertEquals(3 * 200L, (long) cell.<Long>getAs("tokens_out"));
            assertTrue(cell.<Double>getAs("cost_usd") > 0);
            assertTrue(cell.<String>getAs("prompt_version").startsWith("adainit-v1@"), cell.toString());
            assertEquals(0.5, cell.<Double>getAs("temperature"));
            assertEquals(3, RunJobTest.table(spark, out, ResultTable.ITERATIONS)
                    .where("parse_status = 'ok' AND model = 'fake-model-2025'").count());
        }
    }

    /**
     * Each (cell, iteration) gets the next of five behaviours by the order its request seed first arrives: a good
     * reply; a malformed one repaired; a 503 then a good reply; a malformed reply whose re-ask gets a 404 (the
     * iteration fails with tokens spent); a 200 carrying a permanent error (fails at once).
     */
    @Test
    void everyRequestOfAMixedFailureRunIsAccountedForInTheCellsTable() throws Exception {
        String good = "{'l0': [[[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]], 'l1': [[0.7, 0.8], [0.9, 1.0]], 'l2': [1.1, 1.2]}";
        FakeChatServer.Reply malformed = FakeChatServer.Reply.completion("{'l0': [[[0.1]]]}");
        FakeChatServer.Reply unavailable = new FakeChatServer.Reply(503, java.util.Map.of("Content-Type", "text/plain"),
                "upstream overloaded", 0);
        FakeChatServer.Reply permanent = new FakeChatServer.Reply(200, java.util.Map.of(),
                "{\"error\":{\"message\":\"quota exceeded for this project\",\"type\":\"insufficient_quota\"}}", 0);
        java.util.List<java.util.List<FakeChatServer.Reply>> behaviours = java.util.List.of(
                java.util.List.of(FakeChatServer.Reply.completion(good)),
                java.util.List.of(malformed, FakeChatServer.Reply.completion(good)),
                java.util.List.of(unavailable, FakeChatServer.Reply.completion(good)),
                java.util.List.of(malformed, FakeChatServer.Reply.error(404, "no such route")),
                java.util.List.of(permanent));
        java.util.Map<Long, java.util.Deque<FakeChatServer.Reply>> scripts = new java.util.HashMap<>();
        AtomicInteger completions = new AtomicInteger();
        try (FakeChatServer server = new FakeChatServer(request -> {
            synchronized (scripts) {
                java.util.Deque<FakeChatServer.Reply> script = scripts.computeIfAbsent(request.get("seed").asLong(),
                        seed -> new java.util.ArrayDeque<>(behaviours.get(scripts.size() % behaviours.size())));
                FakeChatServer.Reply reply = script.size() > 1 ? script.pollFirst() : script.peekFirst();
                if (reply.status() == 200 && !reply.body().contains("\"error\"")) {
                    completions.incrementAndGet();
                }
                return reply;
            }
        })) {
            Grid grid = GridReader.parse("mixed.yaml", """
                    name: llm-mixed
                    seed: 4
                    axes:
                      datasets: [iris]
                      priors: [uniform]
                      structures: [{qubits: 2, layers: 1}]
                      seeds: [0, 1, 2]
                      methods: [{method: adainit, generator: llm}]
                    search: {iterations: 3}
                    training: {epochs: 1}
                    llm:
                      model: fake-model
                      cache_dir: %s
                      sampling: {iris: {temperature: 0.5, top_p: 0.9}}
                    """.formatted(cache)).withEndpoint(server.baseUrl());
            SparkSession spark = TestSpark.session();
            Path out = TinyGrid.freshDirectory("llm-mixed");
            RunJob.Result result = TinyGrid.run(spark, grid, out, TinyGrid.runner(grid), new StringWriter());
            assertTrue(result.failedCells().size() > 0 && result.failedCells().size() < 3,
                    "the script makes some cells fail and others finish: " + result.failedCells());

            Row sums = RunJobTest.table(spark, out, ResultTable.CELLS)
                    .selectExpr("sum(llm_calls)", "sum(tokens_in)", "sum(tokens_out)", "sum(cost_usd)").first();
            assertEquals(server.calls(), sums.getLong(0), "every request the server received, failed ones included");
            assertEquals(1000L * completions.get(), sums.getLong(1), "the tokens of every completion served");
            assertEquals(200L * completions.get(), sums.getLong(2));
            assertEquals(completions.get() * (1000 * 2.5 + 200 * 10.0) / 1e6, sums.getDouble(3), 1e-12,
                    "gpt-4o list prices per million tokens");
        }
    }
}
