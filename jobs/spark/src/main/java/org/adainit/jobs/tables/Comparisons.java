package org.adainit.jobs.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.adainit.jobs.statistics.ExponentialFit;
import org.adainit.jobs.statistics.PairedComparison;
import org.adainit.simulator.seed.Seeds;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Paired comparisons of methods on matched cells (same dataset, prior, structure and seed): the geometric-mean ratio of
 * the variances with a bootstrap 95% interval, wins/pairs and a Wilcoxon signed-rank p-value ({@link
 * PairedComparison}). Rows come at three levels: one structure ({@code qubits} and {@code layers} set); one series,
 * pooled over the structures along an axis ({@code qubits} null: a qubit series at fixed layers; {@code layers} null: a
 * layer series at fixed qubits; both null and {@code layers_per_qubit} = k: the qubit series at L = k·N), which also
 * carries the fitted slope of ln(V_A/V_B) along the axis, i.e. whether the gap grows with the size (the paper's Fig. 3
 * reading); and all structures of the dataset and prior (all three null). Method A is the one the paper expects higher:
 * a searched θ0 ("Ours": AdaInit with an LLM or the embedded sampler) against the random best-of-T control and against
 * single-draw baselines (Classic, GaInit, BeInit); the random control against the baselines; and the full prompt
 * against its ablations (Fig. 4). The bootstrap's seed derives from the cell seeds of A's pairs, so a rebuilt table is
 * identical.
 */
public final class Comparisons {

    public static final StructType SCHEMA;

    static {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("dataset", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("prior", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("qubits", DataTypes.IntegerType, true));
        fields.add(DataTypes.createStructField("layers", DataTypes.IntegerType, true));
        fields.add(DataTypes.createStructField("variant_a", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("method_a", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("generator_a", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("variant_b", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("method_b", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("generator_b", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("pairs", DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField("wins", DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField("geomean_ratio", DataTypes.DoubleType, false));
        fields.add(DataTypes.createStructField("ratio_ci95_low", DataTypes.DoubleType, true));
        fields.add(DataTypes.createStructField("ratio_ci95_high", DataTypes.DoubleType, true));
        fields.add(DataTypes.createStructField("wilcoxon_p", DataTypes.DoubleType, true));
        fields.add(DataTypes.createStructField("fallbacks_a", DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField("gap_slope", DataTypes.DoubleType, true));
        fields.add(DataTypes.createStructField("gap_slope_stderr", DataTypes.DoubleType, true));
        fields.add(DataTypes.createStructField("gap_slope_ci95_low", DataTypes.DoubleType, true));
        fields.add(DataTypes.createStructField("gap_slope_ci95_high", DataTypes.DoubleType, true));
        fields.add(DataTypes.createStructField("layers_per_qubit", DataTypes.IntegerType, true));
        SCHEMA = DataTypes.createStructType(fields);
    }

    /** The columns rows are sorted by when written. */
    static final String[] ORDER = {"dataset", "prior", "variant_a", "variant_b", "qubits", "layers"};

    private static final String INIT_ENSEMBLE = "init-ensemble";

    private Comparisons() {}

    /** Where a method stands in the paper's expected order: a search beats its control, which beats one draw. */
    private static int rank(SeriesKey key) {
        if (!key.method().equals("adainit")) {
            return 2;
        }
        return "random".equals(key.generator()) ? 1 : 0;
    }

    /**
     * A compares with B when the paper expects A higher, or when B is a prompt ablation of the full-prompt A. The
     * initialisation ensemble takes no part: its variance is over prior draws at θ0, not over one training's epochs,
     * so a ratio to another method's variance compares two different quantities.
     */
    static boolean compared(SeriesKey a, SeriesKey b) {
        if (a.method().equals(INIT_ENSEMBLE) || b.method().equals(INIT_ENSEMBLE)) {
            return false;
        }
        if (rank(a) < rank(b)) {
            return true;
        }
        return rank(a) == 0 && rank(b) == 0 && isFullPrompt(a) && !isFullPrompt(b)
                && Objects.equals(a.generator(), b.generator()) && Objects.equals(a.temperature(), b.temperature())
                && Objects.equals(a.topP(), b.topP());
    }

    private static boolean isFullPrompt(SeriesKey key) {
        return key.promptVariant() == null || key.promptVariant().equals("full");
    }

    static List<Row> rows(List<CurvePoint> points) {
        Map<String, List<CurvePoint>> byDatasetPrior = points.stream().filter(CurvePoint::measured).collect(
                Collectors.groupingBy(p -> p.series().dataset() + "/" + p.series().prior(), TreeMap::new,
                        Collectors.toList()));
        List<Row> rows = new ArrayList<>();
        for (List<CurvePoint> group : byDatasetPrior.values()) {
            Map<SeriesKey, List<CurvePoint>> byVariant = group.stream().collect(Collectors.groupingBy(
                    CurvePoint::series, LinkedHashMap::new, Collectors.toList()));
            List<SeriesKey> variants = byVariant.keySet().stream()
                    .sorted(Comparator.comparing(SeriesKey::variant)).toList();
            for (SeriesKey a : variants) {
                for (SeriesKey b : variants) {
                    if (compared(a, b)) {
                        rows.addAll(compare(a, byVariant.get(a), b, byVariant.get(b)));
                    }
                }
            }
        }
        return rows;
    }

    /** The rows of one compared pair: per structure, per series along each axis, overall; none without a pair. */
    private static List<Row> compare(SeriesKey a, List<CurvePoint> aPoints, SeriesKey b, List<CurvePoint> bPoints) {
        Map<String, CurvePoint> bByCell = bPoints.stream().collect(Collectors.toMap(Comparisons::pairKey, p -> p));
        List<CurvePoint[]> all = new ArrayList<>();
        aPoints.stream().sorted(Comparator.comparing(Comparisons::pairKey)).forEach(p -> {
            CurvePoint match = bByCell.get(pairKey(p));
            if (match != null) {
                all.add(new CurvePoint[] {p, match});
            }
        });
        List<Row> rows = new ArrayList<>();
        Map<String, List<CurvePoint[]>> byStructure = group(all, p -> String.format("%05d/%05d", p.qubits(),
                p.layers()));
        for (List<CurvePoint[]> pairs : byStructure.values()) {
            CurvePoint first = pairs.get(0)[0];
            row(a, b, first.qubits(), first.layers(), null, pairs, null).ifPresent(rows::add);
        }
        for (List<CurvePoint[]> series : group(all, CurvePoint::layers).values()) {
            if (distinct(series, CurvePoint::qubits) > 1) {
                row(a, b, null, series.get(0)[0].layers(), null, series, gap(series, CurvePoint::qubits))
                        .ifPresent(rows::add);
            }
        }
        List<CurvePoint[]> depthRule = all.stream().filter(p -> p[0].layersPerQubit() != null).toList();
        for (List<CurvePoint[]> series : group(depthRule, CurvePoint::layersPerQubit).values()) {
            if (distinct(series, CurvePoint::qubits) > 1) {
                row(a, b, null, null, series.get(0)[0].layersPerQubit(), series, gap(series, CurvePoint::qubits))
                        .ifPresent(rows::add);
            }
        }
        for (List<CurvePoint[]> series : group(all, CurvePoint::qubits).values()) {
            if (distinct(series, CurvePoint::layers) > 1) {
                row(a, b, series.get(0)[0].qubits(), null, null, series, gap(series, CurvePoint::layers))
                        .ifPresent(rows::add);
            }
        }
        if (byStructure.size() > 1) {
            row(a, b, null, null, null, all, null).ifPresent(rows::add);
        }
        return rows;
    }

    private static <K> Map<K, List<CurvePoint[]>> group(List<CurvePoint[]> pairs, Function<CurvePoint, K> key) {
        return pairs.stream().collect(Collectors.groupingBy(p -> key.apply(p[0]), TreeMap::new,
                Collectors.toList()));
    }

    private static long distinct(List<CurvePoint[]> pairs, ToIntFunction<CurvePoint> axis) {
        return pairs.stream().mapToInt(p -> axis.applyAsInt(p[0])).distinct().count();
    }

    /** ln(V_A/V_B) of each pair fitted against the axis: a positive slope is a gap that grows with the size. */
    private static ExponentialFit gap(List<CurvePoint[]> pairs, ToIntFunction<CurvePoint> axis) {
        return ExponentialFit.of(pairs.stream().mapToInt(p -> axis.applyAsInt(p[0])).toArray(),
                pairs.stream().mapToDouble(p -> p[0].variance() / p[1].variance()).toArray());
    }

    private static Optional<Row> row(SeriesKey a, SeriesKey b, Integer qubits, Integer layers,
            Integer layersPerQubit, List<CurvePoint[]> pairs, ExponentialFit gap) {
        double[] va = pairs.stream().mapToDouble(p -> p[0].variance()).toArray();
        double[] vb = pairs.stream().mapToDouble(p -> p[1].variance()).toArray();
        long seed = Seeds.derive(Seeds.derive(pairs.get(0)[0].cellSeed(), pairs.stream()
                .mapToLong(p -> p[0].cellSeed()).toArray()), "comparison/" + b.variant());
        PairedComparison c = PairedComparison.of(va, vb, seed);
        if (c == null) {
            return Optional.empty();
        }
        int fallbacks = (int) pairs.stream().filter(p -> p[0].fallback()).count();
        return Optional.of(RowFactory.create(a.dataset(), a.prior(), qubits, layers, a.variant(), a.method(),
                a.generator(), b.variant(), b.method(), b.generator(), c.pairs(), c.wins(), c.geometricMeanRatio(),
                c.ratioCi95Low(), c.ratioCi95High(), c.wilcoxonP(), fallbacks, gap == null ? null : gap.slope(),
                gap == null ? null : gap.slopeStderr(), gap == null ? null : gap.slopeCi95Low(),
                gap == null ? null : gap.slopeCi95High(), layersPerQubit));
    }

    private static String pairKey(CurvePoint p) {
        return String.format("%05d/%05d/%05d", p.qubits(), p.layers(), p.seed());
    }

}
