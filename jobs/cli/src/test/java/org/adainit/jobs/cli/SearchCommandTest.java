package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.adainit.jobs.testing.FakeChatServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search} end to end on the real Iris file in {@code ADAINIT_DATA_DIR} (skipped without it). */
class SearchCommandTest {

    private static String dataDir;

    @TempDir
    Path cache;

    @BeforeAll
    static void realIris() {
        dataDir = System.getenv("ADAINIT_DATA_DIR");
        Assumptions.assumeTrue(dataDir != null && Files.isRegularFile(Path.of(dataDir, "iris.data")),
                "ADAINIT_DATA_DIR is not set to a folder with the upstream files; skipping");
    }

    private static CliRun search(String... options) {
        // --qubits and --layers default to 2.
        List<String> args = new ArrayList<>(List.of("search", "--dataset", "iris", "--data-dir", dataDir));
        args.addAll(Arrays.asList(options));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static List<String> iterationLines(CliRun run) {
        return run.out().lines().filter(l -> !l.startsWith("#")).toList();
    }

    @Test
    void printsOneLinePerIterationThenThetaStarAndTheClassicBaseline() {
        CliRun run = search("--iterations", "4", "--generator", "embedded", "--prior", "normal", "--seed", "3");

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = iterationLines(run);
        assertEquals(4, lines.size(), run.out());
        for (int t = 1; t <= 4; t++) {
            String[] columns = lines.get(t - 1).split(" ", 7);
            assertEquals(Integer.toString(t), columns[0]);
            assertTrue(Double.parseDouble(columns[1]) >= 0, lines.get(t - 1));
            assertTrue(columns[4].equals("yes") || columns[4].equals("no"), lines.get(t - 1));
            assertEquals("not-applicable", columns[5], "the parse_status column's spelling");
            assertEquals("embedded (not an LLM)", columns[6]);
        }
        assertTrue(run.out().contains("prior normal (standard normal)"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("# theta0*: iteration ")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("# classic (one prior draw, no search): variance ")),
                run.out());
    }

    @Test
    void theSameSeedPrintsTheSameSearch() {
        CliRun first = search("--iterations", "3", "--generator", "random", "--seed", "5");
        CliRun again = search("--iterations", "3", "--generator", "random", "--seed", "5");
        CliRun otherSeed = search("--iterations", "3", "--generator", "random", "--seed", "6");

        assertEquals(0, first.exitCode(), first.err());
        assertEquals(first.out(), again.out());
        assertTrue(!iterationLines(first).equals(iterationLines(otherSeed)), "another seed, another search");
    }

    /** A loopback model whose dict depends on the request seed, so every iteration gets a different θ0. */
    @Test
    void aKeyPastedAsTheVariableNameIsRejectedWithoutRepeatingIt() {
        CliRun run = search("--generator", "llm", "--endpoint", "http://127.0.0.1:9/v1", "--model", "m",
                "--api-key-env", "sk-live-Q7x2-secret");
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, run.exitCode());
        assertTrue(run.err().startsWith("error: --api-key-env must name an environment variable"), run.err());
        assertFalse((run.out() + run.err()).contains("Q7x2"), run.err());
    }

    private static FakeChatServer model() throws IOException {
        return new FakeChatServer(request -> {
            long seed = request.path("seed").asLong(1);
            return FakeChatServer.Reply.completion(dict(seed));
        });
    }

    private static String dict(long seed) {
        double a = Math.floorMod(seed, 1000) / 1000.0;
        String v = String.format(Locale.ROOT, "%.4f", a);
        String w = String.format(Locale.ROOT, "%.4f", 1 - a);
        String row = "[" + v + ", " + w + ", " + v + "]";
        String layer = "[" + row + ", " + row + "]";
        return "{'l0': [" + layer + ", " + layer + "], 'l1': [[" + v + ", " + w + "], [" + w + ", " + v + "]], "
                + "'l2': [0.0, " + v + "]}";
    }

    @Test
    void runsWithAnLlmOnLoopbackAndReplaysItWithoutAnyHttpCall() throws IOException {
        try (FakeChatServer server = model()) {
            String[] llm = {"--iterations", "3", "--endpoint", server.baseUrl(), "--model", "fake-4o",
                "--structured-output", "off", "--cache-dir", cache.toString()};
            CliRun live = search(concat(llm, "--generator", "llm"));
            assertEquals(0, live.exitCode(), live.err());
            int calls = server.calls();
            assertEquals(3, calls, "one request per iteration for well-formed replies");
            for (JsonNode body : server.requests()) {
                assertEquals("fake-4o", body.get("model").asText());
                assertEquals(0.5, body.get("temperature").asDouble(), "Iris's paper temperature");
                assertEquals(0.9, body.get("top_p").asDouble(), "Iris's paper top_p");
            }
            List<String> liveLines = iterationLines(live);
            assertEquals(3, liveLines.size(), live.out());
            assertTrue(liveLines.stream().allMatch(l -> l.endsWith(" ok llm:fake-4o")), live.out());
            assertTrue(live.out().contains("# prompt adainit-v1@"), live.out());
            assertTrue(live.out().contains("# model usage: 3000 input + 600 output tokens"), live.out());

            CliRun replay = search(concat(llm, "--generator", "replay"));
            assertEquals(0, replay.exitCode(), replay.err());
            assertEquals(calls, server.calls(), "replay makes no HTTP call");
            assertEquals(liveLines, iterationLines(replay), "a replay prints the lines of the run it re-serves");

            CliRun cached = search(concat(llm, "--generator", "llm"));
            assertEquals(calls, server.calls(), "a re-run of the same cell is served from the cache");
            assertEquals(live.out(), cached.out());
        }
    }

    private static String[] concat(String[] first, String... more) {
        List<String> all = new ArrayList<>(Arrays.asList(first));
        all.addAll(Arrays.asList(more));
        return all.toArray(String[]::new);
    }

    @Test
    void badOptionsAreOneLineErrorsWithExitCodeTwo() {
        String[][] cases = {
            {"--generator", "gpt", "--generator: unknown generator 'gpt', allowed: llm, embedded, random, replay"},
            {"--prior", "cauchy", "--prior: unknown prior 'cauchy'"},
            {"--variant", "half", "--variant: unknown prompt variant 'half'"},
            {"--threshold", "-1", "--threshold: threshold '-1'"},
            {"--iterations", "0", "--iterations must be >= 1, got 0"},
            {"--layers", "0", "--layers must be >= 1, got 0"},
            {"--qubits", "27", "--qubits: 27 qubits need 2 GiB per state vector; the limit is 26"},
            {"--generator", "llm", "--endpoint is required"},
        };
        for (String[] c : cases) {
            CliRun run = search(c[0], c[1]);
            assertEquals(2, run.exitCode(), String.join(" ", c) + ": " + run.err());
            assertTrue(run.err().startsWith("error: " + c[2]), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
        }
        CliRun unknownDataset = CliRun.of("search", "--dataset", "cifar", "--data-dir", dataDir);
        assertEquals(2, unknownDataset.exitCode());
        assertTrue(unknownDataset.err().startsWith("error: unknown dataset 'cifar'"), unknownDataset.err());
    }

    @Test
    void aSearchThatStopsEarlyExitsWithOneAndSaysWhy() throws IOException {
        try (FakeChatServer server = FakeChatServer.scripted(FakeChatServer.Reply.error(401, "bad key"))) {
            CliRun run = search("--iterations", "3", "--generator", "llm", "--endpoint", server.baseUrl(), "--model",
                    "fake-4o", "--structured-output", "off", "--cache-dir", cache.toString());

            assertEquals(1, run.exitCode(), run.out() + run.err());
            assertTrue(run.err().startsWith("search stopped at iteration 1 (generator): "), run.err());
            assertTrue(run.out().contains("# theta0*: none"), run.out());
        }
    }
}
