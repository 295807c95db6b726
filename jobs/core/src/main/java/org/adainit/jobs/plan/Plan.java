package org.adainit.jobs.plan;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.adainit.jobs.grid.BudgetSpec;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.grid.MethodSpec;
import org.adainit.jobs.grid.Structure;
import org.adainit.jobs.input.InputException;

/**
 * The estimated cost of running a set of cells of a grid, and the order a run schedules them in. The totals are
 * summed as the cells stream past, per (variant, qubits, layers) group and overall, so a plan of any number of cells
 * holds no more than one tally per group.
 */
public record Plan(Grid grid, CostTally total, Map<Group, CostTally> groups, CostModel model,
        RunOverheads overheads) {

    /** The cells of one method variant at one structure: one line of the printed plan. */
    public record Group(MethodSpec method, Structure structure) {}

    private static final Comparator<Group> PRINTED_ORDER = Comparator.comparing((Group g) -> g.method().label())
            .thenComparingInt(g -> g.structure().qubits()).thenComparingInt(g -> g.structure().layers());

    public Plan {
        groups = Map.copyOf(groups);
    }

    /** Estimates every cell of {@code cells} as it arrives and keeps only the tallies. */
    public static Plan of(Grid grid, Stream<Cell> cells, CostModel model, RunOverheads overheads) {
        CostTally total = new CostTally();
        Map<Group, CostTally> groups = new LinkedHashMap<>();
        cells.forEach(cell -> {
            CellEstimate estimate = CellEstimate.of(cell, grid, model);
            total.add(estimate);
            groups.computeIfAbsent(new Group(cell.method(), cell.structure()), g -> new CostTally()).add(estimate);
        });
        return new Plan(grid, total, groups, model, overheads);
    }

    /** Largest estimated cost first, ties by cell id: the schedule, so a 20-qubit cell never starts last. */
    public static List<CellEstimate> largestFirst(Grid grid, List<Cell> cells, CostModel model) {
        return cells.stream()
                .map(cell -> CellEstimate.of(cell, grid, model))
                .sorted(Comparator.comparingDouble(CellEstimate::simulatorSeconds).reversed()
                        .thenComparing(e -> e.cell().id()))
                .toList();
    }

    /** Seconds from typing {@code run} to its printed report, with the cells spread over {@code cores}. */
    public double wallSeconds(int cores) {
        return overheads.startSeconds() + cellsWallSeconds(cores) + overheads.tableSeconds(total.cells());
    }

    /**
     * The cells' part of {@link #wallSeconds}: their simulator time and each one's task and commit, spread over the
     * cores, but never shorter than the longest cell with its own task.
     */
    double cellsWallSeconds(int cores) {
        double spread = (total.simulatorSeconds() + overheads.perCellSeconds() * total.cells()) / cores;
        return Math.max(spread, total.longestSeconds() + overheads.perCellSeconds());
    }

    /** Refuses, before any work starts, a plan whose estimate exceeds one of the grid's budget caps. */
    public void requireWithin(BudgetSpec budget, String source) {
        check(source, "max_simulator_hours", total.simulatorSeconds() / 3600, budget.maxSimulatorHours(),
                "%.3g hours");
        check(source, "max_llm_calls", total.llmCalls(), budget.maxLlmCalls(), "%.0f calls");
        check(source, "max_tokens", total.tokens(), budget.maxTokens(), "%.0f tokens");
        check(source, "max_cost_usd", total.costUsd(), budget.maxCostUsd(), "$%.2f");
    }

    private void check(String source, String field, double estimate, double cap, String format) {
        if (estimate > cap) {
            throw new InputException(source + ": field 'budget." + field + "' is " + String.format(Locale.ROOT,
                    format, cap) + " but the plan for the " + total.cells() + " cells to run estimates "
                    + String.format(Locale.ROOT, format, estimate) + "; raise the cap or shrink the grid");
        }
    }

    /** Prints the cost model, one line per (variant, qubits, layers) group, then the totals. */
    public void print(PrintWriter out, int cores) {
        printModel(out);
        out.printf(Locale.ROOT, "%-28s %6s %6s %6s %10s %12s %12s %10s %12s%n", "variant", "qubits", "layers",
                "cells", "trainings", "per cell", "total", "llm calls", "tokens");
        groups.entrySet().stream().sorted(Map.Entry.comparingByKey(PRINTED_ORDER)).forEach(group -> {
            CostTally tally = group.getValue();
            out.printf(Locale.ROOT, "%-28s %6d %6d %6d %10d %12s %12s %10d %12d%n", group.getKey().method().label(),
                    group.getKey().structure().qubits(), group.getKey().structure().layers(), tally.cells(),
                    tally.trainings(), seconds(tally.simulatorSeconds() / tally.cells()),
                    seconds(tally.simulatorSeconds()), tally.llmCalls(), tally.tokens());
        });
        printTotals(out, cores);
    }

    /** Prints the cost model, every cell of {@code largestFirst} in schedule order, then the totals. */
    public void printCells(PrintWriter out, int cores, List<CellEstimate> largestFirst) {
        printModel(out);
        out.printf(Locale.ROOT, "%-52s %12s %10s %10s%n", "cell (schedule order)", "simulator", "llm calls",
                "tokens");
        for (CellEstimate e : largestFirst) {
            out.printf(Locale.ROOT, "%-52s %12s %10d %10d%n", e.cell().id(), seconds(e.simulatorSeconds()),
                    e.llmCalls(), e.tokensIn() + e.tokensOut());
        }
        printTotals(out, cores);
    }

    private void printModel(PrintWriter out) {
        out.println("cost model: " + model);
        if (model.spread() > CostModel.STABLE_SPREAD) {
            out.printf(Locale.ROOT, "warning: the calibration's timings scattered by %.0f %% (a busy machine?); the "
                    + "estimates below may be off by as much: run plan again when the machine is quieter%n",
                    100 * model.spread());
        }
    }

    private void printTotals(PrintWriter out, int cores) {
        out.printf(Locale.ROOT, "total: %d cells, %d trainings; simulator %s of CPU, longest cell %s%n",
                total.cells(), total.trainings(), seconds(total.simulatorSeconds()), seconds(total.longestSeconds()));
        out.printf(Locale.ROOT, "wall time of run on %d cores: about %s (JVM and Spark start %s, cells with their "
                        + "tasks and commits %s, tables %s)%n", cores, seconds(wallSeconds(cores)),
                seconds(overheads.startSeconds()), seconds(cellsWallSeconds(cores)),
                seconds(overheads.tableSeconds(total.cells())));
        Plan warm = new Plan(grid, total, groups, model, overheads.inResidentDriver());
        out.printf(Locale.ROOT, "in a warm resident driver (docs/resident-driver.md): about %s (start %s, tables %s)%n",
                seconds(warm.wallSeconds(cores)), seconds(warm.overheads.startSeconds()),
                seconds(warm.overheads.tableSeconds(total.cells())));
        out.println("fixed costs of run: " + overheads.origin());
        out.printf(Locale.ROOT, "llm: %d calls, about %.3g M tokens, about $%.2f at gpt-4o list price "
                + "(rough: retries and repairs not counted)%n", total.llmCalls(), total.tokens() / 1e6,
                total.costUsd());
    }

    /** Seconds in the largest sensible unit, e.g. 0.42 s, 3.1 min, 5.6 h, 12.3 d. */
    public static String seconds(double s) {
        if (s < 60) {
            return String.format(Locale.ROOT, "%.2g s", s);
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%.1f min", s / 60);
        }
        if (s < 86400 * 3) {
            return String.format(Locale.ROOT, "%.1f h", s / 3600);
        }
        return String.format(Locale.ROOT, "%.1f d", s / 86400);
    }
}
