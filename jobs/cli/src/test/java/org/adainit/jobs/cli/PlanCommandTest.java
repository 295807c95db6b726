package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adainit.jobs.generator.GeneratorName;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.grid.GridReader;
import org.adainit.jobs.plan.RunOverheads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adainit plan}: counts come from the grid, the schedule puts the largest cells first. */
class PlanCommandTest {

    /** Enough for the command itself, a fraction of what the cells of the huge grid would take as a list. */
    private static final String SMALL_HEAP = "64m";
    private static final Path GRIDS = Path.of(System.getProperty("adainit.root")).resolve("conf/grids");
    private static final String ONE_CELL = """
            name: one
            seed: 1
            axes: {datasets: [iris], priors: [uniform], structures: [{qubits: [2], layers: [2]}], seeds: [0],
                   methods: [classic]}
            """;

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
        assertTrue(run.out().contains("fixed costs of run: the development machine's, not scaled to this one"),
                run.out());
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

    @Test
    void aGridTooLargeToListInTheHeapIsCountedAndCosted() throws Exception {
        // 20 x 1000 structures x 20 seeds: as a list, 400 000 cells and their estimates need ~0.2 GB, three times the
        // heap; streamed, the plan holds one tally per (variant, structure).
        Path grid = Files.writeString(dir.resolve("huge.yaml"), """
                name: huge
                seed: 1
                axes: {datasets: [iris], priors: [uniform], structures: [{qubits: {from: 1, to: 20},
                       layers: {from: 1, to: 1000}}], seeds: {from: 0, to: 19}, methods: [classic]}
                budget: {max_simulator_hours: 1000000000}
                """);
        String console = planInItsOwnJvm(List.of("-Xmx" + SMALL_HEAP), grid.toString(), "--no-calibration", "--cores",
                "2");
        assertTrue(console.contains("total: 400000 cells, 400000 trainings"), console);
        assertTrue(console.contains("warning: 400000 cells, above --warn-cells 100000"), console);
        assertTrue(console.contains("budget: within the grid's caps"), console);
    }

    /** In its own JVM: the Spark start must be the first of the process to be a measurement of this machine. */
    @Test
    void aCalibratedPlanScalesRunsFixedCostsByTheSparkStartItTimedHere() throws Exception {
        Path grid = Files.writeString(dir.resolve("one.yaml"), ONE_CELL);
        String console = planInItsOwnJvm(List.of(), grid.toString(), "--cores", "2");

        Matcher scaled = Pattern.compile("fixed costs of run: the development machine's, scaled x([0-9.]+) to this "
                + "one \\(a local Spark session started in ([0-9.]+) s here, ([0-9.]+) s there\\)").matcher(console);
        assertTrue(scaled.find(), console);
        double factor = Double.parseDouble(scaled.group(1));
        double here = Double.parseDouble(scaled.group(2));
        double there = Double.parseDouble(scaled.group(3));
        assertTrue(here > 0.05 && here < 120, "a Spark start of " + here + " s");
        assertEquals(here / there, factor, 0.01);
        Matcher start = Pattern.compile("JVM and Spark start ([0-9.]+) s").matcher(console);
        assertTrue(start.find(), console);
        double reference = RunOverheads.reference().startSeconds();
        assertEquals(reference * factor, Double.parseDouble(start.group(1)), 0.05 * reference * factor + 0.05,
                console);
    }

    @Test
    void aSparkThatCannotStartIsToldAndTheDevelopmentMachinesFiguresStay() throws Exception {
        Path grid = Files.writeString(dir.resolve("one.yaml"), ONE_CELL);

        String console = planInItsOwnJvm(List.of("-Dspark.plugins=no.such.Plugin"), grid.toString(), "--cores", "2");

        assertTrue(console.contains("note: a local Spark session could not start, so its start was not timed ("),
                console);
        assertTrue(console.contains("no.such.Plugin"), console);
        assertTrue(console.contains("fixed costs of run: the development machine's, not scaled to this one"), console);
    }

    /** {@code plan} with {@code arguments} in a JVM of its own, with this JVM's options and {@code jvmOptions}. */
    private static String planInItsOwnJvm(List<String> jvmOptions, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), AdaInitCli.class.getName(), "plan"));
        command.addAll(List.of(arguments));
        Process plan = new ProcessBuilder(command).redirectErrorStream(true).start();
        String console = new String(plan.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, plan.waitFor(), console);
        return console;
    }

    @Test
    void warnsAboveTheCellCountAndTheWallTimeTheUserSets() {
        String quickstart = GRIDS.resolve("quickstart.yaml").toString();
        CliRun quiet = CliRun.of("plan", quickstart, "--no-calibration", "--cores", "2");
        assertEquals(0, quiet.exitCode(), quiet.err());
        assertFalse(quiet.out().contains("warning"), quiet.out());

        CliRun warned = CliRun.of("plan", quickstart, "--no-calibration", "--cores", "2", "--warn-cells", "125",
                "--warn-hours", "0.001");
        assertEquals(0, warned.exitCode(), warned.err());
        assertTrue(warned.out().contains("warning: 126 cells, above --warn-cells 125"), warned.out());
        assertTrue(warned.out().lines().anyMatch(l -> l.startsWith("warning: about ")
                && l.endsWith(" of wall time on 2 cores, above --warn-hours 0.001")), warned.out());

        CliRun negative = CliRun.of("plan", quickstart, "--no-calibration", "--warn-hours", "-1");
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, negative.exitCode());
        assertEquals("error: --warn-cells and --warn-hours must be >= 0, got 100000 and -1.0", negative.err().strip());
    }
}
