package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adainit.jobs.generator.llm.ReplyProblem;
import org.adainit.jobs.generator.llm.ThetaValidator;
import org.adainit.simulator.qnn.QnnShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QnnCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static final String GOOD = """
            {"qubits":2,"layers":1,"classes":2,
             "l0":[[[0.1,0.2,0.3],[0.4,0.5,0.6]]],
             "l1":[[0.7,-0.2],[0.1,0.9]],
             "l2":[0.05,-0.05],
             "x":[[0.3,1.1],[2.0,0.4]],
             "y":[0,1]}""";

    @Test
    void singleQubitWithZeroWeightsMeasuresCosOfTheInput() throws Exception {
        JsonNode out = run("""
                {"qubits":1,"layers":1,"classes":2,"l0":[[[0,0,0]]],"l1":[[1],[0]],"l2":[0,0],
                 "x":[[0.8]],"y":[0]}""");
        assertEquals(Math.cos(0.8), out.get("expvals").get(0).get(0).asDouble(), 1e-15);
        assertEquals(Math.cos(0.8), out.get("logits").get(0).get(0).asDouble(), 1e-15);
    }

    @Test
    void printedGradientMatchesFiniteDifferencesOfThePrintedLoss() throws Exception {
        JsonNode out = run(GOOD);
        ObjectNode input = (ObjectNode) JSON.readTree(GOOD);
        String[][] probes = {{"l0", "0", "1", "2"}, {"l0", "0", "0", "0"}, {"l1", "1", "0"}, {"l2", "1"}};
        for (String[] probe : probes) {
            double h = 1e-6;
            double plus = lossWith(input, probe, h);
            double minus = lossWith(input, probe, -h);
            JsonNode g = out.get("grad").get(probe[0]);
            for (int i = 1; i < probe.length; i++) {
                g = g.get(Integer.parseInt(probe[i]));
            }
            assertEquals((plus - minus) / (2 * h), g.asDouble(), 1e-8, String.join(",", probe));
        }
    }

    @ParameterizedTest
    @CsvSource({"30, 16 GiB", "31, 32 GiB", "64, 256 EiB"})
    void tooManyQubitsAreRefusedBeforeAllocatingWithTheMemoryTheyWouldNeed(int qubits, String memory)
            throws Exception {
        ObjectNode input = JSON.createObjectNode().put("qubits", qubits).put("layers", 1).put("classes", 2);
        ArrayNode layer = input.putArray("l0").addArray();
        for (int w = 0; w < qubits; w++) {
            layer.addArray().add(0.1).add(0.2).add(0.3);
        }
        ArrayNode l1 = input.putArray("l1");
        for (int c = 0; c < 2; c++) {
            ArrayNode row = l1.addArray();
            for (int w = 0; w < qubits; w++) {
                row.add(0.5);
            }
        }
        input.putArray("l2").add(0.0).add(0.0);
        input.putArray("x").addArray().add(0.3);
        input.putArray("y").add(0);
        Path file = Files.write(dir.resolve("wide.json"), JSON.writeValueAsBytes(input));
        CliRun run = CliRun.of("qnn", "--input", file.toString());
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, run.exitCode(), run.err());
        assertEquals("error: " + file + ": field 'qubits': " + qubits + " qubits need " + memory
                + " per state vector; the limit is 26", run.err().strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"l2\":[0.05,-0.05], | '' | θ0: the dictionary has no key 'l2'",
        "[[[0.1,0.2,0.3],[0.4,0.5,0.6]]] | [[[0.1,0.2,0.3]]] | θ0: l0[0] has length 1, expected 2 (l0 must have shape",
        "[[0.7,-0.2],[0.1,0.9]] | [[0.7,-0.2]] | θ0: l1 has length 1, expected 2 (l1 must have shape (2, 2))",
        "0.4,0.5,0.6 | 0.4,NaN,0.6 | θ0: l0[0][1][1] is NaN, expected a finite number",
        "\"l2\":[0.05,-0.05] | \"l2\":[\"a\",-0.05] | θ0: l2[0] is the string \"a\", expected a number",
        "[[0.3,1.1],[2.0,0.4]] | [[0.3,1.1,0.2],[2.0,0.4,0.1]] | 3 features per sample but qubits = 2",
        "\"y\":[0,1] | \"y\":[0,2] | field 'y[1]' must be a class index in 0..1",
        "\"qubits\":2 | \"qubits\":-2 | field 'qubits' must be a positive integer",
        "} | '' | not valid JSON"
    })
    void badInputNamesTheFieldAndExitsWithTwo(String from, String to, String message) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, GOOD.replace(from.strip(), to.strip()));
        CliRun run = CliRun.of("qnn", "--input", file.toString());
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("error: " + file), run.err());
        assertTrue(run.err().contains(message), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
        assertEquals("", run.out());
    }

    @Test
    void aFileAndAnLlmReplyWithTheSameWrongThetaGetTheSameMessage() throws Exception {
        String wrong = GOOD.replace("[[0.7,-0.2],[0.1,0.9]]", "[[0.7,-0.2,0.1],[0.1,0.9,0.2]]");
        Path file = Files.writeString(dir.resolve("wide-l1.json"), wrong);
        ReplyProblem reply = assertThrows(ReplyProblem.class,
                () -> ThetaValidator.full(JSON.readTree(wrong), new QnnShape(2, 1, 2)));
        assertEquals("l1[0] has length 3, expected 2 (l1 must have shape (2, 2))", reply.getMessage());
        CliRun run = CliRun.of("qnn", "--input", file.toString());
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, run.exitCode(), run.err());
        assertEquals("error: " + file + ": θ0: " + reply.getMessage(), run.err().strip());
    }

    @Test
    void missingFileIsABadInput() {
        CliRun run = CliRun.of("qnn", "--input", dir.resolve("absent.json").toString());
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("no such file"), run.err());
    }

    @Test
    void shippedExampleRuns() throws Exception {
        Path example = Path.of(System.getProperty("adainit.root")).resolve("conf/examples/qnn-n4-l2.json");
        CliRun run = CliRun.of("qnn", "--input", example.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode out = JSON.readTree(run.out());
        assertEquals(4, out.get("grad").get("l0").get(0).size());
        assertEquals(3, out.get("expvals").size());
    }

    private double lossWith(ObjectNode input, String[] probe, double delta) throws Exception {
        ObjectNode copy = input.deepCopy();
        JsonNode node = copy.get(probe[0]);
        for (int i = 1; i < probe.length - 1; i++) {
            node = node.get(Integer.parseInt(probe[i]));
        }
        ArrayNode array = (ArrayNode) node;
        int last = Integer.parseInt(probe[probe.length - 1]);
        array.set(last, array.get(last).asDouble() + delta);
        return run(JSON.writeValueAsString(copy)).get("loss").asDouble();
    }

    private JsonNode run(String input) throws Exception {
        Path file = Files.createTempFile(dir, "qnn", ".json");
        Files.writeString(file, input);
        CliRun run = CliRun.of("qnn", "--input", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(run.out());
    }
}
