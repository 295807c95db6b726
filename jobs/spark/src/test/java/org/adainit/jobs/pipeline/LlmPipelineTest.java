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
}
