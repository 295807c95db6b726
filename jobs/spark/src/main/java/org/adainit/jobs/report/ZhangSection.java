package org.adainit.jobs.report;

import static org.adainit.jobs.report.SqlText.literal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Zhang et al. 2024, Fig. 5, from the diagnostics job's {@code zhang} table: the mean variation range E[Δ]/w(H) of
 * each task's cost under a single-qubit unitary against the qubit count, one series per random part (V1 only, V2
 * only, both), with the exact value where known and Theorem 1's and Proposition 2's bounds as dashed lines.
 */
public final class ZhangSection implements SectionBuilder {

    @Override
    public String title() {
        return "Zhang et al. 2024 (Fig. 5): variation range under a local unitary";
    }

    @Override
    public String requirement() {
        return "a zhang table (diagnostics grid kind zhang)";
    }

    @Override
    public Optional<ReportSection> build(ResultTables tables) {
        if (!tables.has("zhang", "task", "part", "design", "depth", "qubits", "layers", "samples", "mean_ratio",
                "std_ratio", "prediction", "theorem1_bound", "proposition2_bound")) {
            return Optional.empty();
        }
        QueryResult panels = tables.query("SELECT task, design, depth FROM zhang GROUP BY task, design, depth "
                + "HAVING count(DISTINCT qubits) >= 2 ORDER BY task, design, depth");
        List<ReportItem> items = new ArrayList<>();
        for (List<Object> panel : panels.rows()) {
            String task = (String) panel.get(0);
            String design = (String) panel.get(1);
            String depth = (String) panel.get(2);
            QueryResult data = tables.query("SELECT part, qubits, layers, samples, mean_ratio, std_ratio, prediction, "
                    + "theorem1_bound, proposition2_bound FROM zhang WHERE task = " + literal(task) + " AND design = "
                    + literal(design) + " AND depth = " + literal(depth) + " ORDER BY part, qubits");
            List<Band> bands = new ArrayList<>();
            int colour = 0;
            List<List<Object>> first = null;
            for (List<List<Object>> rows : data.groupBy(row -> row.get(0)).values()) {
                bands.add(Band.symmetric(SeriesStyle.solid(rows.get(0).get(0).toString(), Palette.cycle(colour++)),
                        data, rows, "qubits", "mean_ratio", "std_ratio"));
                first = first == null ? rows : first;
            }
            // The theory lines depend on the task and size only; one part's rows carry them all.
            bands.add(Band.line(SeriesStyle.reference("exact value", Palette.BLACK), data, first, "qubits",
                    "prediction"));
            bands.add(Band.line(SeriesStyle.reference("Theorem 1 bound", Palette.GREY), data, first, "qubits",
                    "theorem1_bound"));
            bands.add(Band.line(SeriesStyle.reference("Proposition 2 bound", Palette.SKY), data, first, "qubits",
                    "proposition2_bound"));
            bands.removeIf(band -> java.util.Arrays.stream(band.mean()).noneMatch(v -> v > 0));
            String title = "Zhang Fig. 5 · " + task + " · " + design + " circuits, depth " + depth
                    + ": variation range vs qubits";
            items.add(new ReportItem(ReportItem.slug("zhang", task, design, depth), title, "Mean over samples of the "
                    + "variation range Δ = max − min of the cost over U_A, divided by the spectral width w(H), ± one "
                    + "standard deviation (the paper's error bars); dashed: exact values and bounds where known.",
                    data, ChartImages.render(Charts.bands(title, "number of qubits n",
                            "E[Δ]/w(H) (dimensionless, log scale)", bands), Charts.WIDTH, Charts.HEIGHT)));
        }
        if (tables.has("zhang_slopes")) {
            items.add(ReportItem.table("zhang-slopes", "Fitted ln-slopes of E[Δ]/w against n", "The theory "
                    + "predicts 2^(−n/2) (slope −0.347) for VQE and QAE and 2^(1−n) (slope −0.693) for QSL.",
                    tables.query("SELECT * FROM zhang_slopes ORDER BY task, part, design, depth")));
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(new ReportSection("zhang", title(),
                "How much a single-qubit unitary can still move the cost as the circuit grows.", items));
    }
}
