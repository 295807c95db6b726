package org.adainit.jobs.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.grid.GridReader;
import org.junit.jupiter.api.Test;

/**
 * The simulator work plan counts per cell, as the code that runs a cell does it: {@code Trainer} passes the training
 * rows at θ0 and then once per epoch; {@code InitialisationEnsemble} trains nothing and, per draw, passes them for the
 * loss gradient and for the circuit-only gradient. (Pricing the ensemble as one training made fig3-bp-laptop's plan
 * say 2.2 min for a 3.6 min run; see BENCHMARKS.md.)
 */
class CellEstimateTest {

    private static final Grid GRID = GridReader.parse("cost.yaml", """
            name: cost
            seed: 1
            axes:
              datasets: [iris]
              priors: [uniform]
              structures: [{qubits: [4], layers: [3]}]
              seeds: [0]
              methods:
                - classic
                - {method: adainit, generator: random}
                - {method: init-ensemble, draws: 7}
            search: {iterations: 5, threshold: paper}
            training: {epochs: 11, batch_size: 20, learning_rate: 0.01, variance: epoch-last-batch}
            budget: {max_simulator_hours: 1, max_llm_calls: 0}
            """);
    private static final CostModel MODEL = new CostModel(new CostModel.Coefficients(1e-6, 2e-8, 3e-9),
            new CostModel.Coefficients(2e-6, 1e-8, 4e-9), "test", 0);

    @Test
    void trainingsPassTheirRowsOnceAtThetaZeroAndOncePerEpochAndTheEnsembleTwicePerDraw() {
        Map<String, CellEstimate> byMethod = GRID.cells().stream().map(cell -> CellEstimate.of(cell, GRID, MODEL))
                .collect(Collectors.toMap(e -> e.cell().method().method().externalName(), Function.identity()));
        Cell any = GRID.cells().get(0);
        long rows = any.dataset().paperSplits().train();

        assertEquals(1, byMethod.get("classic").trainings());
        assertEquals((11 + 1) * rows, byMethod.get("classic").samples());
        assertEquals(5, byMethod.get("adainit").trainings());
        assertEquals(5 * (11 + 1) * rows, byMethod.get("adainit").samples());
        assertEquals(0, byMethod.get("init-ensemble").trainings());
        assertEquals(2 * 7 * rows, byMethod.get("init-ensemble").samples());
        for (CellEstimate estimate : byMethod.values()) {
            assertEquals(estimate.samples() * MODEL.sampleSeconds(4, 3), estimate.simulatorSeconds(), 1e-15);
        }
    }
}
