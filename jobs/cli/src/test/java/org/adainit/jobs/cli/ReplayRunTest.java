package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.adainit.jobs.pipeline.TinyGrid;
import org.adainit.jobs.spark.TestSpark;
import org.adainit.jobs.tables.ResultTable;
import org.adainit.jobs.testing.FakeChatServer;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run GRID --generator replay} against the response cache of an llm run, with the endpoint down. */
class ReplayRunTest {

    private static final String GRID = """
            name: replayable
            seed: 21
            axes:
              datasets: [iris]
              priors: [uniform]
              structures: [{qubits: 2, layers: [1, 2]}]
              seeds: [0]
              methods: [classic, {method: adainit, generator: llm}, {method: adainit, generator: llm, prompt: no-feedback}]
            search: {iterations: 2}
            training: {epochs: 2}
            llm:
              model: fake-model
              cache_dir: %s
              sampling: {iris: {temperature: 0.5, top_p: 0.9}}
            """;

    @TempDir
    Path dir;

    @Test
    void aReplayWithTheServerDownReproducesEveryTableOfTheLlmRun() throws Exception {
        String data = TinyGrid.dataDirectory();
        TestSpark.session();
        Path grid = Files.writeString(dir.resolve("replayable.yaml"), GRID.formatted(dir.resolve("cache")));
        Path live = dir.resolve("live");
        Path replayed = dir.resolve("replayed");
        String endpoint;
        int requests;
        try (FakeChatServer server = new FakeChatServer(request -> FakeChatServer.Reply.completion(theta(request)))) {
            endpoint = server.baseUrl();
            CliRun run = CliRun.of("run", grid.toString(), "--endpoint", endpoint, "--out", live.toString(),
                    "--data-dir", data);
            assertEquals(0, run.exitCode(), run.err());
            requests = server.calls();
        }
        assertEquals(2 * 2 * 2, requests, "2 depths x 2 prompt variants x 2 iterations, one request each");

        CliRun replay = CliRun.of("run", grid.toString(), "--generator", "replay", "--endpoint", endpoint, "--out",
                replayed.toString(), "--data-dir", data);

        assertEquals(0, replay.exitCode(), replay.out() + replay.err());
        assertFalse(replay.err().contains("no recorded reply"), replay.err());
        for (ResultTable table : ResultTable.values()) {
            List<Row> expected = TinyGrid.reproducibleRows(TestSpark.session(), live, table);
            assertFalse(expected.isEmpty(), table + " of the live run is empty");
            assertEquals(expected, TinyGrid.reproducibleRows(TestSpark.session(), replayed, table), table.tableName());
        }
        assertEquals(2, TestSpark.session().read().parquet(replayed.resolve("cells").toString())
                .where("variant = 'adainit-llm' AND generator = 'llm' AND llm_calls = 2").count(), "one per depth");
        JsonNode run = new ObjectMapper().readTree(replayed.resolve("manifest.json").toFile()).get("runs").get(0);
        assertEquals("replay", run.get("generator_override").asText(), "the manifest tells the replay apart");
    }

    /**
     * A well-formed θ0 that differs with every prompt and seed, each tensor in the shape the request's schema
     * describes, e.g. "list of shape (1, 2, 3)".
     */
    private static String theta(JsonNode request) {
        int hash = (request.get("messages").toString() + request.path("seed").asLong()).hashCode();
        double value = Math.floorMod(hash, 997) / 997.0;
        JsonNode properties = request.at("/response_format/json_schema/schema/properties");
        StringBuilder json = new StringBuilder("{");
        for (String key : List.of("l0", "l1", "l2")) {
            String description = properties.get(key).get("description").asText();
            int[] dims = Arrays.stream(description.substring(description.indexOf('(') + 1, description.indexOf(')'))
                    .split(", ")).mapToInt(Integer::parseInt).toArray();
            json.append(json.length() > 1 ? ", " : "").append('"').append(key).append("\": ");
            nested(json, dims, 0, value);
        }
        return json.append('}').toString();
    }

    private static void nested(StringBuilder json, int[] dims, int depth, double value) {
        json.append('[');
        for (int i = 0; i < dims[depth]; i++) {
            json.append(i > 0 ? ", " : "");
            if (depth == dims.length - 1) {
                json.append(String.format(Locale.ROOT, "%.4f", (value + 0.37 * i + 0.11 * depth) % 1.0));
            } else {
                nested(json, dims, depth + 1, value);
            }
        }
        json.append(']');
    }
}
