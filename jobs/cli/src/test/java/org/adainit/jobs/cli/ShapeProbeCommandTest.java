package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adainit.jobs.testing.FakeChatServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shape-probe} end to end through the CLI against a loopback server that answers from the prompt's shape. */
class ShapeProbeCommandTest {

    private static final Pattern SHAPE = Pattern.compile("nlayers=(\\d+), nqubits=(\\d+)");

    @TempDir
    Path cache;

    /** Correct dicts, except one layer short at L = 40 and l1 one column short at N = 20; NaN at N = 6. */
    private static FakeChatServer modelThatSlipsOnTheLargestStructures() throws IOException {
        return new FakeChatServer(request -> {
            String prompt = request.get("messages").get(0).get("content").asText();
            Matcher m = SHAPE.matcher(prompt);
            if (!m.find()) {
                return FakeChatServer.Reply.error(400, "no shape in prompt");
            }
            int layers = Integer.parseInt(m.group(1));
            int qubits = Integer.parseInt(m.group(2));
            String entry = qubits == 6 ? "nan" : "0.5";
            String l0 = list(layers == 40 ? 39 : layers, list(qubits, list(3, entry)));
            String l1 = list(2, list(qubits == 20 ? 19 : qubits, "0.25"));
            return FakeChatServer.Reply.completion("{'l0': " + l0 + ", 'l1': " + l1 + ", 'l2': [0.0, 0.0]}");
        });
    }

    private static String list(int n, String item) {
        return "[" + String.join(", ", java.util.Collections.nCopies(n, item)) + "]";
    }

    @Test
    void printsOneLinePerStructureAndTheTable2Summary() throws IOException {
        try (FakeChatServer server = modelThatSlipsOnTheLargestStructures()) {
            CliRun r = CliRun.of("shape-probe", "--endpoint", server.baseUrl(), "--model", "fake-4o", "--structured-output",
                    "off", "--cache-dir", cache.toString());

            assertEquals(0, r.exitCode(), r.err());
            assertEquals(20, server.calls());
            assertTrue(r.out().contains("model fake-4o: 18/20 correct shapes (90%)"), r.out());
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith("L=2  N=20 WRONG") && l.contains("l1[0] has length 19")),
                    r.out());
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith("L=40 N=2  WRONG") && l.contains("l0 has length 39")),
                    r.out());
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith("L=2  N=6  correct") && l.contains("NaN")), r.out());
            assertFalse(server.requests().get(0).has("response_format"));

            CliRun again = CliRun.of("shape-probe", "--endpoint", server.baseUrl(), "--model", "fake-4o",
                    "--structured-output", "off", "--cache-dir", cache.toString());
            assertEquals(20, server.calls(), "the re-run is served from the cache");
            assertTrue(again.out().contains("18/20 correct shapes"), again.out());
            assertTrue(again.out().contains("spent: 0 requests"), again.out());
        }
    }

    @Test
    void tokenCapStopsTheProbeWithAPartialSummary() throws IOException {
        try (FakeChatServer server = modelThatSlipsOnTheLargestStructures()) {
            CliRun r = CliRun.of("shape-probe", "--endpoint", server.baseUrl(), "--model", "fake-4o", "--cache-dir",
                    cache.toString(), "--max-total-tokens", "2400");

            assertEquals(0, r.exitCode(), r.err());
            assertEquals(2, server.calls());
            assertTrue(r.out().contains("stopped: LLM token cap of 2400 reached"), r.out());
            assertTrue(r.out().contains("model fake-4o: 2/2 correct shapes (100%) [incomplete: budget exhausted]"),
                    r.out());
            assertTrue(r.out().contains(String.format(Locale.ROOT, "estimated $%.4f", 2 * (1000 * 2.5 + 200 * 10.0)
                    / 1e6)), r.out());
        }
    }

    @Test
    void missingEndpointIsAOneLineError() {
        CliRun r = CliRun.of("shape-probe", "--model", "gpt-4o");

        assertEquals(AdaInitCli.EXIT_BAD_INPUT, r.exitCode());
        assertEquals("error: --endpoint is required to talk to an LLM (an OpenAI-compatible base URL)",
                r.err().strip());
    }
}
