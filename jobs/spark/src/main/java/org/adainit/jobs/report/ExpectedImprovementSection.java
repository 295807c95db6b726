package org.adainit.jobs.report;

import static org.adainit.jobs.report.SqlText.literal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.adainit.jobs.spark.Concurrently;

/**
 * The paper's Fig. 8: the candidate's variance V^(t) and the expected improvement Δ^(t) over the search iterations,
 * averaged over seeds, one line per structure; the qubit series and the layer series in separate charts, as the
 * paper's two columns.
 */
public final class ExpectedImprovementSection implements SectionBuilder {

    @Override
    public String title() {
        return "Fig. 8: expected improvement and variance over the search";
    }

    @Override
    public String requirement() {
        return "an iterations table (adainit cells)";
    }

    @Override
    public Optional<ReportSection> build(ResultTables tables) {
        if (!tables.has("iterations", "dataset", "prior", "variant", "qubits", "layers", "iteration", "variance",
                "delta", "s_after", "generator")) {
            return Optional.empty();
        }
        QueryResult structures = tables.query("SELECT dataset, prior, variant, qubits, layers, max(generator) AS "
                + "generator FROM iterations WHERE variant NOT RLIKE " + SqlText.SAMPLING_VARIANT
                + " GROUP BY dataset, prior, variant, qubits, layers ORDER BY dataset, prior, variant, qubits, layers");
        Map<List<Object>, List<List<Object>>> series = structures.groupBy(row -> row.subList(0, 3));
        List<TracePanel> wanted = new ArrayList<>();
        for (List<List<Object>> rows : series.values()) {
            List<Object> first = rows.get(0);
            Set<List<Integer>> sizes = rows.stream()
                    .map(r -> List.of((Integer) structures.value(r, "qubits"), (Integer) structures.value(r, "layers")))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            for (Map.Entry<String, List<List<Integer>>> panel : panels(sizes).entrySet()) {
                wanted.add(new TracePanel(structures.text(first, "dataset"), structures.text(first, "prior"),
                        structures.text(first, "variant"), structures.text(first, "generator"), panel.getKey(),
                        panel.getValue()));
            }
        }
        List<ReportItem> items = Concurrently.map(wanted, ResultTables.CONCURRENT_QUERIES, p -> p.item(tables));
        return items.isEmpty() ? Optional.empty() : Optional.of(new ReportSection("fig8", title(),
                "How the search progresses: the paper expects larger circuits to need more iterations before the "
                        + "historical maximum S stops rising.", items));
    }

    /**
     * Groups the structures into the paper's two series: qubits at a fixed layer count and layers at a fixed qubit
     * count (each needing two sizes); structures in neither form one more panel, so none is dropped.
     */
    static Map<String, List<List<Integer>>> panels(Set<List<Integer>> sizes) {
        Map<String, List<List<Integer>>> panels = new LinkedHashMap<>();
        Set<List<Integer>> covered = new LinkedHashSet<>();
        Map<Integer, List<List<Integer>>> byLayers = sizes.stream()
                .collect(Collectors.groupingBy(s -> s.get(1), TreeMap::new, Collectors.toList()));
        byLayers.forEach((layers, members) -> {
            if (members.size() >= 2) {
                panels.put("qubits at L = " + layers, members);
                covered.addAll(members);
            }
        });
        Map<Integer, List<List<Integer>>> byQubits = sizes.stream()
                .collect(Collectors.groupingBy(s -> s.get(0), TreeMap::new, Collectors.toList()));
        byQubits.forEach((qubits, members) -> {
            if (members.size() >= 2) {
                panels.put("layers at N = " + qubits, members);
                covered.addAll(members);
            }
        });
        List<List<Integer>> rest = sizes.stream().filter(s -> !covered.contains(s)).toList();
        if (!rest.isEmpty()) {
            panels.put(panels.isEmpty() ? "all structures" : "other structures", rest);
        }
        return panels;
    }

    /** One chart of traces: a series of a dataset, prior and variant, and the structures it shows. */
    private record TracePanel(String dataset, String prior, String variant, String generator, String panel,
            List<List<Integer>> sizes) {

        /** The panel's chart and the query behind it. */
        ReportItem item(ResultTables tables) {
            String structures = sizes.stream().map(s -> "(" + s.get(0) + ", " + s.get(1) + ")")
                    .collect(Collectors.joining(", "));
            QueryResult data = tables.query("SELECT qubits, layers, iteration, count(*) AS seeds, avg(variance) AS "
                    + "mean_variance, avg(delta) AS mean_delta, avg(s_after) AS mean_s FROM iterations WHERE dataset = "
                    + literal(dataset) + " AND prior = " + literal(prior) + " AND variant = " + literal(variant)
                    + " AND (qubits, layers) IN (" + structures + ") GROUP BY qubits, layers, iteration"
                    + " ORDER BY qubits, layers, iteration");
            List<Band> variance = new ArrayList<>();
            List<Band> delta = new ArrayList<>();
            int colour = 0;
            for (List<List<Object>> rows : data.groupBy(row -> row.subList(0, 2)).values()) {
                SeriesStyle style = SeriesStyle.solid("N = " + rows.get(0).get(0) + ", L = " + rows.get(0).get(1),
                        Palette.cycle(colour++));
                variance.add(Band.line(style, data, rows, "iteration", "mean_variance"));
                delta.add(Band.line(style, data, rows, "iteration", "mean_delta"));
            }
            String title = "Fig. 8 · " + dataset + " · " + prior + " prior · " + variant + " · " + panel;
            String caption = "Generator: " + generator + ". Mean over seeds of the candidate's variance V^(t) (top) "
                    + "and of the expected improvement Δ^(t) = max(V^(t) − S^(t−1), 0) (bottom) at search iteration t; "
                    + "both in nat²/rad² on log axes, where Δ = 0 leaves a gap.";
            return new ReportItem(ReportItem.slug("fig8", dataset, prior, variant, panel), title, caption, data,
                    ChartImages.render(Charts.traces(title, "search iteration t", "V^(t) (nat²/rad², log)", variance,
                            "Δ^(t) (nat²/rad², log)", delta), Charts.WIDTH, Charts.TALL_HEIGHT));
        }
    }
}
