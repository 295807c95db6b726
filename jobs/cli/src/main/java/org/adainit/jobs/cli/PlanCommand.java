package org.adainit.jobs.cli;

import org.adainit.jobs.input.InputException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.adainit.jobs.grid.DiagnosticGrid;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.grid.GridDefinition;
import org.adainit.jobs.grid.GridJson;
import org.adainit.jobs.plan.CostModel;
import org.adainit.jobs.plan.DiagnosticPlan;
import org.adainit.jobs.plan.Plan;
import org.adainit.jobs.plan.RunOverheads;
import org.adainit.jobs.spark.SparkSessions;
import org.apache.spark.sql.SparkSession;
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
                    + "machine (N <= 16, extrapolated beyond), and LLM calls, tokens and dollars.",
            "Prints one line per (variant, qubits, layers), or per cell with --cells, then the totals, the wall time "
                    + "of run (Spark start, cells, tables) and a warning above --warn-cells or --warn-hours."
        })
final class PlanCommand implements Callable<Integer> {

    /** {@code --cells} sorts every cell into the schedule, in memory: beyond this many the listing is refused. */
    static final int MAX_LISTED_CELLS = 1_000_000;

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

    @Option(names = "--warn-cells", paramLabel = "N", defaultValue = "100000",
            description = "Warn when the grid has more cells than this. Default: ${DEFAULT-VALUE}.")
    private long warnCells;

    @Option(names = "--warn-hours", paramLabel = "H", defaultValue = "24",
            description = "Warn when the run's estimated wall time on --cores exceeds this many hours. "
                    + "Default: ${DEFAULT-VALUE}.")
    private double warnHours;

    @Override
    public Integer call() {
        GridDefinition definition = gridOptions.definition(System.getenv());
        PrintWriter out = spec.commandLine().getOut();
        int n = cores == null ? Runtime.getRuntime().availableProcessors() : cores;
        if (n < 1) {
            throw new InputException("--cores must be >= 1, got " + n);
        }
        if (warnCells < 0 || !(warnHours >= 0)) {
            throw new InputException("--warn-cells and --warn-hours must be >= 0, got " + warnCells + " and "
                    + warnHours);
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
        out.printf("grid %s (hash %s) from %s%n", grid.name(), GridJson.hash(grid), gridOptions.source());
        out.flush();
        RunOverheads overheads = nominal ? RunOverheads.reference() : overheadsHere(out);
        CostModel model = nominal ? CostModel.nominal() : CostModel.calibrate();
        // Counted and costed as the cells are made, one at a time: the grid itself is never held as a list.
        Plan plan = Plan.of(grid, grid.cellStream(), model, overheads);
        if (perCell) {
            if (plan.total().cells() > MAX_LISTED_CELLS) {
                throw new InputException("--cells lists at most " + MAX_LISTED_CELLS + " cells, " + gridOptions.source()
                        + " has " + plan.total().cells() + "; leave out --cells for the totals per variant");
            }
            plan.printCells(out, n, Plan.largestFirst(grid, grid.cells(), model));
        } else {
            plan.print(out, n);
        }
        warnings(plan, n).forEach(out::println);
        try {
            plan.requireWithin(grid.budget(), gridOptions.source());
            out.println("budget: within the grid's caps");
        } catch (InputException e) {
            out.println("budget: " + e.getMessage());
        }
        out.flush();
        return 0;
    }

    /**
     * Times a local Spark session's start, which scales run's fixed costs to this machine (before the calibration, so
     * the two do not share the cores). A session already running in this JVM (plan called from a larger application)
     * cannot be timed, and one that cannot start is told, since run would stop at the same point; either way the
     * development machine's figures stay.
     */
    private static RunOverheads overheadsHere(PrintWriter out) {
        if (SparkSession.getDefaultSession().isDefined()) {
            return RunOverheads.reference();
        }
        long started = System.nanoTime();
        SparkSession session;
        try {
            session = SparkSessions.create(SparkSessions.DEFAULT_MASTER, "adainit plan: timing Spark's start",
                    SparkSessions.Use.QUERY);
        } catch (Exception e) {
            // Spark rethrows checked exceptions (a plugin class not found) undeclared.
            out.println("note: a local Spark session could not start, so its start was not timed ("
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getName())
                    + "); run would stop at the same point");
            return RunOverheads.reference();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        session.stop();
        return RunOverheads.scaledTo(seconds);
    }

    private List<String> warnings(Plan plan, int n) {
        List<String> warnings = new ArrayList<>();
        if (plan.total().cells() > warnCells) {
            warnings.add(String.format(Locale.ROOT, "warning: %d cells, above --warn-cells %d: each cell is a committed "
                    + "file, rows in every table and its share of a Spark task; check the grid's axes", plan.total().cells(),
                    warnCells));
        }
        double hours = plan.wallSeconds(n) / 3600;
        if (hours > warnHours) {
            warnings.add(String.format(Locale.ROOT, "warning: about %s of wall time on %d cores, above --warn-hours "
                    + "%s", Plan.seconds(plan.wallSeconds(n)), n, BigDecimal.valueOf(warnHours).stripTrailingZeros()
                    .toPlainString()));
        }
        return warnings;
    }
}
