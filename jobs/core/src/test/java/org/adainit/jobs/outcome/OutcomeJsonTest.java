package org.adainit.jobs.outcome;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.grid.GridReader;
import org.adainit.jobs.search.IterationRecord;
import org.adainit.jobs.search.ModelUsage;
import org.adainit.jobs.search.ParseStatus;
import org.adainit.simulator.qnn.SplitScore;
import org.adainit.simulator.training.EpochRecord;
import org.junit.jupiter.api.Test;

/** The committed form of an outcome reads back bit for bit. */
class OutcomeJsonTest {

    private static final double[] AWKWARD = {0.1, -0.0, Double.MIN_VALUE, Math.nextUp(1.0), 1e308, Double.NaN,
        Double.POSITIVE_INFINITY, -1.0 / 3};

    private static Cell cell() {
        return GridReader.parse("g.yaml", """
                name: g
                seed: 1
                axes: {datasets: [iris], priors: [beta], structures: [{qubits: 2, layers: 1}], seeds: [0],
                       methods: [{method: adainit, generator: llm, prompt: no-feedback, temperature: 0.3, top_p: 0.5}]}
                llm: {endpoint: "http://127.0.0.1:9/v1"}
                """).cells().get(0);
    }

    private static CellOutcome outcome() {
        double[][][] l0 = {{{AWKWARD[0], AWKWARD[1], AWKWARD[2]}, {AWKWARD[3], AWKWARD[4], AWKWARD[7]}}};
        SelectedTheta selection = new SelectedTheta(2, true, AWKWARD[5], "00ff", l0, new double[][] {{1, 2}, {3, 4}},
                new double[] {AWKWARD[6], -AWKWARD[6]});
        IterationRecord record = new IterationRecord(1, "00ff", AWKWARD[7], Double.NaN, 1.25e-3, 0, 0, false,
                "llm:m", ParseStatus.PER_TENSOR, 2, 10, 20, 1e-4, 5, "m", "id-1", "adainit-v1@x", -7L);
        return new CellOutcome(cell(), CellStatus.FAILED, "iteration 2 (generator): budget", selection, 0.0,
                1.25e-3, 0, "llm:m", "adainit-v1@x", List.of(record),
                List.of(new TrainingRun(1, List.of(new EpochRecord(1, AWKWARD[3], 0.5, AWKWARD[2], AWKWARD[4])),
                        new FinalScores(new SplitScore(AWKWARD[1], 0.75), new SplitScore(0.5, 1.0),
                                new SplitScore(AWKWARD[0], 0.0)))),
                new Timing(1000, 2500, "host"), new Provenance("v", "c", "g", "h"),
                new ModelUsage(4, 900, 30, AWKWARD[1]));
    }

    @Test
    void everyDoubleSurvivesTheRoundTripExactly() {
        CellOutcome original = outcome();
        CellOutcome read = OutcomeJson.read("x.json", new String(OutcomeJson.write(original), StandardCharsets.UTF_8));
        assertEquals(original.cell(), read.cell());
        assertEquals(original.iterations().get(0).toString(), read.iterations().get(0).toString());
        assertEquals(Double.doubleToRawLongBits(AWKWARD[7]),
                Double.doubleToRawLongBits(read.iterations().get(0).variance()));
        assertEquals(original.trainings(), read.trainings());
        for (int w = 0; w < 2; w++) {
            assertArrayEquals(original.selection().l0()[0][w], read.selection().l0()[0][w], 0.0);
        }
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(read.selection().l0()[0][0][1]));
        assertTrue(Double.isNaN(read.selection().variance()));
        assertArrayEquals(original.selection().l2(), read.selection().l2(), 0.0);
        assertEquals(original.timing(), read.timing());
        assertEquals(original.provenance(), read.provenance());
        assertEquals(original.error(), read.error());
        assertEquals(original.failedIterationUsage(), read.failedIterationUsage());
        assertArrayEquals(OutcomeJson.write(original), OutcomeJson.write(read), "re-encoding is stable");
    }

    @Test
    void anOutcomeCommittedBeforeFailedIterationUsageWasRecordedReadsAsNone() throws Exception {
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(OutcomeJson.write(outcome()));
        json.remove("failedIterationUsage");
        CellOutcome read = OutcomeJson.read("old.json", json.toString());
        assertEquals(ModelUsage.NONE, read.failedIterationUsage());
        assertEquals(new ModelUsage(3, 10, 20, 1e-4), read.modelUsage(), "1 request + 2 retries of iteration 1");
    }

    @Test
    void theCellsModelUsageAddsTheFailedIterationsRequestsToItsIterations() {
        assertEquals(new ModelUsage(3 + 4, 10 + 900, 20 + 30, 1e-4 + AWKWARD[1]), outcome().modelUsage());
    }

    @Test
    void anOutcomeWrittenBeforeFinalScoresReadsWithoutThem() {
        CellOutcome original = outcome();
        String json = new String(OutcomeJson.write(original), StandardCharsets.UTF_8);
        int start = json.indexOf(",\"scores\":");
        int end = json.indexOf("}}", start) + 2;
        String older = json.substring(0, start) + json.substring(end);
        CellOutcome read = OutcomeJson.read("old.json", older);
        assertEquals(null, read.trainings().get(0).scores());
        assertEquals(original.trainings().get(0).epochs(), read.trainings().get(0).epochs());
    }

    @Test
    void anUnreadableFileNamesItselfAndTheWayOut() {
        String truncated = new String(OutcomeJson.write(outcome())).substring(0, 100);
        CorruptOutcomeException e = assertThrows(CorruptOutcomeException.class,
                () -> OutcomeJson.read("out/_cells/c.ok.json", truncated));
        assertTrue(e.getMessage().startsWith("out/_cells/c.ok.json: not a readable cell outcome"), e.getMessage());
        assertTrue(e.getMessage().contains("delete the file"), e.getMessage());
        assertThrows(CorruptOutcomeException.class, () -> OutcomeJson.read("f", "{\"unknown\": 1}"));
    }
}
