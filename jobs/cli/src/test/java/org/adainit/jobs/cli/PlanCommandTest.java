package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adainit.jobs.generator.GeneratorName;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.grid.GridReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adainit plan}: counts come from the grid, the schedule puts the largest cells first. */
class PlanCommandTest {

    private static final Path GRIDS = Path.of(System.getProperty("adainit.root")).resolve("conf/grids");

    @TempDir
    Path dir;

    @Test
    void quickstartTrainingsAreOnePerBaselineAndTPerSearch() {
        Grid grid = GridReader.read(GRIDS.resolve("quickstart.yaml").toString());
        long trainings = grid.cells().stream()
                .mapToLong(c -> c.method().method().singleTraining() ? 1 : grid.search().iterations()).sum();
        CliRun run = CliRun.of("plan", GRIDS.resolve("quickstart.yaml").toString(), "--no-calibration");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("total: " + grid.cells().size() + " cells, " + trainings + " trainings"),
                run.out());
        assertTrue(run.out().contains("llm: 0 calls"), run.out());
        assertTrue(run.out().contains("budget: within the grid's caps"), run.out());
    }

    @Test
    void paperGridsCountOneLlmCallPerIterationWithoutNeedingAnEndpoint() {
        Grid grid = GridReader.read(GRIDS.resolve("fig3-qubits.yaml").toString());
        long calls = grid.cells().stream().filter(c -> c.method().generator() == GeneratorName.LLM).count()
                * grid.search().iterations();
        CliRun run = CliRun.of("plan", GRIDS.resolve("fig3-qubits.yaml").toString(), "--no-calibration");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("llm: " + calls + " calls"), run.out());
    }

    @Test
    void perCellListingFollowsTheScheduleLargestFirst() {
        Grid grid = GridReader.read(GRIDS.resolve("fig3-qubits.yaml").toString());
        CliRun run = CliRun.of("plan", GRIDS.resolve("fig3-qubits.yaml").toString(), "--no-calibration", "--cells",
                "--generator", "embedded");
        assertEquals(0, run.exitCode(), run.err());
        List<String> cellLines = run.out().lines().filter(l -> l.matches("^[a-z]+\\.[a-z]+\\.n\\d+\\.l\\d+\\..*"))
                .toList();
        assertEquals(grid.cells().size(), cellLines.size());
        int maxQubits = grid.cells().stream().mapToInt(Cell::qubits).max().orElseThrow();
        assertTrue(cellLines.get(0).contains(".n" + maxQubits + ".") && cellLines.get(0).contains("adainit"),
                cellLines.get(0));
        assertTrue(cellLines.get(cellLines.size() - 1).contains(".n2.") && cellLines.get(cellLines.size() - 1)
                .contains("classic"), cellLines.get(cellLines.size() - 1));
    }

    @Test
    void aBudgetTheGridWouldExceedIsReported() throws Exception {
        Path grid = Files.writeString(dir.resolve("llm.yaml"), """
                name: capped
                seed: 1
                axes: {datasets: [iris], priors: [uniform], structures: [{qubits: 2, layers: 1}], seeds: [0, 1],
                       methods: [{method: adainit, generator: llm}]}
                search: {iterations: 10}
                llm: {sampling: {iris: {temperature: 0.5, top_p: 0.9}}}
                budget: {max_llm_calls: 5}
                """);
        CliRun run = CliRun.of("plan", grid.toString(), "--no-calibration");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("field 'budget.max_llm_calls' is 5 calls but the plan for the 2 cells to run "
                + "estimates 20 calls"), run.out());
    }
}
