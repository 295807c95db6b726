package org.adainit.jobs.plan;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.adainit.jobs.input.InputException;
import org.adainit.jobs.grid.BudgetSpec;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.grid.Grid;

/** The estimated cost of running a set of cells of a grid, and the order a run schedules them in. */
public record Plan(Grid grid, List<CellEstimate> cells, CostModel model) {

    public Plan {
        cells = List.copyOf(cells);
    }

    public static Plan of(Grid grid, List<Cell> cells, CostModel model) {
        return new Plan(grid, cells.stream().map(c -> CellEstimate.of(c, grid, model)).toList(), model);
    }

    /** Largest estimated cost first, ties by cell id: the schedule, so a 20-qubit cell never starts last. */
    public List<CellEstimate> largestFirst() {
        return cells.stream()
                .sorted(Comparator.comparingDouble(CellEstimate::simulatorSeconds).reversed()
                        .thenComparing(e -> e.cell().id()))
                .toList();
    }

    public double simulatorSeconds() {
        return cells.stream().mapToDouble(CellEstimate::simulatorSeconds).sum();
    }

    public long llmCalls() {
        return cells.stream().mapToLong(CellEstimate::llmCalls).sum();
    }

    public long tokens() {
        return cells.stream().mapToLong(e -> e.tokensIn() + e.tokensOut()).sum();
    }

    public double costUsd() {
        return cells.stream().mapToDouble(CellEstimate::costUsd).sum();
    }

    /** Refuses, before any work starts, a plan whose estimate exceeds one of the grid's budget caps. */
    public void requireWithin(BudgetSpec budget, String source) {
        check(source, "max_simulator_hours", simulatorSeconds() / 3600, budget.maxSimulatorHours(), "%.3g hours");
        check(source, "max_llm_calls", llmCalls(), budget.maxLlmCalls(), "%.0f calls");
        check(source, "max_tokens", tokens(), budget.maxTokens(), "%.0f tokens");
        check(source, "max_cost_usd", costUsd(), budget.maxCostUsd(), "$%.2f");
    }

    private void check(String source, String field, double estimate, double cap, String format) {
        if (estimate > cap) {
            throw new InputException(source + ": field 'budget." + field + "' is " + String.format(Locale.ROOT,
                    format, cap) + " but the plan for the " + cells.size() + " cells to run estimates "
                    + String.format(Locale.ROOT, format, estimate) + "; raise the cap or shrink the grid");
        }
    }

    /** Prints one line per (variant, qubits, layers) group, or per cell, then the totals. */
    public void print(PrintWriter out, int cores, boolean perCell) {
        out.println("cost model: " + model);
        if (model.spread() > CostModel.STABLE_SPREAD) {
            out.printf(Locale.ROOT, "warning: the calibration's timings scattered by %.0f %% (a busy machine?); the "
                    + "estimates below may be off by as much: run plan again when the machine is quieter%n",
                    100 * model.spread());
        }
        if (perCell) {
            out.printf(Locale.ROOT, "%-52s %12s %10s %10s%n", "cell (schedule order)", "simulator", "llm calls",
                    "tokens");
            for (CellEstimate e : largestFirst()) {
                out.printf(Locale.ROOT, "%-52s %12s %10d %10d%n", e.cell().id(), seconds(e.simulatorSeconds()),
                        e.llmCalls(), e.tokensIn() + e.tokensOut());
            }
        } else {
            Map<String, List<CellEstimate>> groups = new TreeMap<>();
            for (CellEstimate e : cells) {
                String key = String.format(Locale.ROOT, "%-28s %6d %6d", e.cell().method().label(),
                        e.cell().qubits(), e.cell().layers());
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
            out.printf(Locale.ROOT, "%-28s %6s %6s %6s %10s %12s %12s %10s %12s%n", "variant", "qubits", "layers",
                    "cells", "trainings", "per cell", "total", "llm calls", "tokens");
            groups.forEach((key, group) -> out.printf(Locale.ROOT, "%s %6d %10d %12s %12s %10d %12d%n", key,
                    group.size(), group.stream().mapToLong(CellEstimate::trainings).sum(),
                    seconds(group.stream().mapToDouble(CellEstimate::simulatorSeconds).average().orElse(0)),
                    seconds(group.stream().mapToDouble(CellEstimate::simulatorSeconds).sum()),
                    group.stream().mapToLong(CellEstimate::llmCalls).sum(),
                    group.stream().mapToLong(e -> e.tokensIn() + e.tokensOut()).sum()));
        }
        double longest = cells.stream().mapToDouble(CellEstimate::simulatorSeconds).max().orElse(0);
        out.printf(Locale.ROOT, "total: %d cells, %d trainings; simulator %s of CPU, about %s on %d cores "
                        + "(longest cell %s)%n", cells.size(), cells.stream().mapToLong(CellEstimate::trainings).sum(),
                seconds(simulatorSeconds()), seconds(Math.max(simulatorSeconds() / cores, longest)), cores,
                seconds(longest));
        out.printf(Locale.ROOT, "llm: %d calls, about %.3g M tokens, about $%.2f at gpt-4o list price "
                + "(rough: retries and repairs not counted)%n", llmCalls(), tokens() / 1e6, costUsd());
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
