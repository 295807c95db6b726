package org.adainit.jobs.cli;

import org.adainit.jobs.input.InputException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.adainit.jobs.grid.DiagnosticGrid;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.grid.GridDefinition;
import org.adainit.jobs.grid.GridJson;
import org.adainit.jobs.plan.CostModel;
import org.adainit.jobs.plan.DiagnosticPlan;
import org.adainit.jobs.plan.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code adainit plan GRID}: the cells of a grid and what running them is expected to cost. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = {
            "Validate a grid and estimate its cost: simulator time from a per-sample cost model calibrated on this "
                    + "machine (N <= 14, extrapolated beyond), and LLM calls, tokens and dollars.",
            "Prints one line per (variant, qubits, layers), or per cell with --cells, then the totals."
        })
final class PlanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private GridOptions gridOptions;

    @Option(names = "--cells", description = "List every cell in schedule order (largest first).")
    private boolean perCell;

    @Option(names = "--cores", paramLabel = "N", description = "Cores to spread the work over (default: this machine's).")
    private Integer cores;

    @Option(names = "--no-calibration",
            description = "Use the nominal cost model of the development machine instead of timing this one.")
    private boolean nominal;

    @Override
    public Integer call() {
        GridDefinition definition = gridOptions.definition(System.getenv());
        PrintWriter out = spec.commandLine().getOut();
        int n = cores == null ? Runtime.getRuntime().availableProcessors() : cores;
        if (n < 1) {
            throw new InputException("--cores must be >= 1, got " + n);
        }
        if (definition instanceof DiagnosticGrid diagnostic) {
            out.printf("grid %s (kind %s, hash %s) from %s: %d cells%n", diagnostic.name(),
                    diagnostic.kind().externalName(), GridJson.hash(diagnostic), gridOptions.source(),
                    diagnostic.cells().size());
            new DiagnosticPlan(diagnostic).print(out, n, perCell);
            out.flush();
            return 0;
        }
        Grid grid = (Grid) definition;
        out.printf("grid %s (hash %s) from %s: %d cells%n", grid.name(), GridJson.hash(grid), gridOptions.source(),
                grid.cells().size());
        out.flush();
        Plan plan = Plan.of(grid, grid.cells(), nominal ? CostModel.nominal() : CostModel.calibrate());
        plan.print(out, n, perCell);
        try {
            plan.requireWithin(grid.budget(), gridOptions.source());
            out.println("budget: within the grid's caps");
        } catch (InputException e) {
            out.println("budget: " + e.getMessage());
        }
        out.flush();
        return 0;
    }
}
