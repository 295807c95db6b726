package org.adainit.jobs.report;

import static org.adainit.jobs.report.SqlText.literal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The paper's claims (AdaInit, §4 and Fig. 3, 4, 6), each marked reproduced, not reproduced or undetermined in this
 * run from the fitted slopes and the paired comparisons, with the numbers; claims the run holds no data for are listed
 * as not run. A verdict needs a 95% interval on the right side of the claim: a slope wholly below 0 for a decay, a
 * ratio wholly above 1 for "higher", a gap slope wholly above 0 for "grows".
 */
public final class FindingsSection implements SectionBuilder {

    /** A claim: its words and the query selecting its evidence (one row per dataset, prior and series). */
    private record Claim(String text, String sql) {}

    private static final String SERIES = "CASE WHEN layers_per_qubit IS NOT NULL THEN concat('L = ', "
            + "layers_per_qubit, 'N') WHEN %1$s IS NOT NULL THEN concat('%2$s = ', %1$s) END";

    private static final String SLOPE_VERDICT = "CASE WHEN slope_ci95_high < 0 THEN 'reproduced' "
            + "WHEN slope_ci95_low IS NULL THEN 'undetermined' ELSE 'not reproduced' END AS verdict, "
            + "CASE WHEN slope_ci95_high < 0 THEN 'falls' WHEN slope_ci95_low > 0 THEN 'rises' "
            + "WHEN slope_ci95_low IS NULL THEN 'two points, no interval' ELSE 'no significant trend' END AS finding";

    private static final String RATIO_VERDICT = "CASE WHEN ratio_ci95_low > 1 THEN 'reproduced' "
            + "WHEN ratio_ci95_low IS NULL THEN 'undetermined' ELSE 'not reproduced' END AS verdict, "
            + "CASE WHEN ratio_ci95_low > 1 THEN 'higher' WHEN ratio_ci95_high < 1 THEN 'lower' "
            + "WHEN ratio_ci95_low IS NULL THEN 'one pair, no interval' ELSE 'no significant difference' END "
            + "AS finding";

    private static final String GAP_VERDICT = "CASE WHEN gap_slope_ci95_low > 0 THEN 'reproduced' "
            + "WHEN gap_slope_ci95_low IS NULL THEN 'undetermined' ELSE 'not reproduced' END AS verdict, "
            + "CASE WHEN gap_slope_ci95_low > 0 THEN 'grows' WHEN gap_slope_ci95_high < 0 THEN 'shrinks' "
            + "WHEN gap_slope_ci95_low IS NULL THEN 'two sizes, no interval' ELSE 'no significant change' END "
            + "AS finding";

    /** Series rows of the comparisons table: pooled along one axis, not one structure and not everything. */
    private static final String SERIES_ROWS = "((qubits IS NULL) <> (layers IS NULL) OR layers_per_qubit IS NOT NULL)";

    private static final String OURS = "method_a = 'adainit' AND coalesce(generator_a, '') <> 'random'";

    private static final String COLUMNS = "claim, dataset, prior, series, methods, verdict, finding, statistic, "
            + "estimate, stderr, ci95_low, ci95_high, theory, evidence";

    private static Claim slopeClaim(String text, String variantFilter, String axis, String unit) {
        String series = axis.equals("qubits") ? String.format(SERIES, "fixed_layers", "L")
                : String.format(SERIES, "fixed_qubits", "N");
        return new Claim(text, "SELECT " + literal(text) + " AS claim, dataset, prior, " + series + " AS series, "
                + "variant AS methods, " + SLOPE_VERDICT + ", 'ln-slope per " + unit + "' AS statistic, slope AS estimate, "
                + "slope_stderr AS stderr, slope_ci95_low AS ci95_low, slope_ci95_high AS ci95_high, theory_slope AS "
                + "theory, concat(points, ' cells') AS evidence FROM slopes WHERE " + variantFilter + " AND axis = '"
                + axis + "'");
    }

    private static Claim ratioClaim(String text, String pairFilter, boolean gap) {
        String series = "CASE WHEN layers_per_qubit IS NOT NULL THEN concat('L = ', layers_per_qubit, 'N') "
                + "WHEN qubits IS NULL THEN concat('L = ', layers) ELSE concat('N = ', qubits) END";
        String statistic = gap ? "'slope of ln(A/B) along the series' AS statistic, gap_slope AS estimate, "
                + "gap_slope_stderr AS stderr, gap_slope_ci95_low AS ci95_low, gap_slope_ci95_high AS ci95_high"
                : "'geometric-mean ratio A/B' AS statistic, geomean_ratio AS estimate, CAST(NULL AS DOUBLE) AS "
                + "stderr, ratio_ci95_low AS ci95_low, ratio_ci95_high AS ci95_high";
        return new Claim(text, "SELECT " + literal(text) + " AS claim, dataset, prior, " + series + " AS series, "
                + "concat(variant_a, ' vs ', variant_b) AS methods, " + (gap ? GAP_VERDICT : RATIO_VERDICT) + ", "
                + statistic + ", CAST(NULL AS DOUBLE) AS theory, concat(wins, '/', pairs, ' wins, Wilcoxon p = ', "
                + "format_number(wilcoxon_p, 4)) AS evidence FROM comparisons WHERE " + SERIES_ROWS + " AND "
                + pairFilter);
    }

    /** In the paper's order: the barren plateau of Classic, then what the search adds. */
    static final List<Claim> CLAIMS = List.of(
            slopeClaim("Classic's variance decays with the qubit count N", "method = 'classic'", "qubits", "qubit"),
            slopeClaim("Classic's variance decays with the layer count L", "method = 'classic'", "layers", "layer"),
            ratioClaim("Ours keeps a higher variance than Classic", OURS + " AND method_b = 'classic'", false),
            ratioClaim("The gap Ours/Classic grows with the size", OURS + " AND method_b = 'classic'", true),
            ratioClaim("Ours beats the random best-of-T control (the same-budget control the paper lacks)",
                    OURS + " AND generator_b = 'random'", false),
            ratioClaim("The full prompt beats each ablation (Fig. 4)", OURS + " AND method_b = 'adainit' "
                    + "AND coalesce(generator_b, '') <> 'random'", false),
            ratioClaim("Ours beats GaInit and BeInit (Fig. 6)", OURS + " AND method_b IN ('gainit', 'beinit')",
                    false));

    @Override
    public String title() {
        return "Findings: the paper's claims in this run";
    }

    @Override
    public String requirement() {
        return "tables slopes and comparisons (rebuild the tables with 'adainit aggregate' if they are missing)";
    }

    @Override
    public Optional<ReportSection> build(ResultTables tables) {
        if (!tables.has("slopes", "slope_ci95_low", "layers_per_qubit")
                || !tables.has("comparisons", "gap_slope_ci95_low", "layers_per_qubit")) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < CLAIMS.size(); i++) {
            parts.add("SELECT " + i + " AS claim_order, c.* FROM (" + CLAIMS.get(i).sql() + ") c");
        }
        QueryResult findings = tables.query("SELECT " + COLUMNS + " FROM (\n" + String.join("\nUNION ALL\n", parts)
                + "\n) ORDER BY claim_order, dataset, prior, series, methods");
        Map<String, Long> rowsPerClaim = new LinkedHashMap<>();
        CLAIMS.forEach(c -> rowsPerClaim.put(c.text(), 0L));
        findings.rows().forEach(row -> rowsPerClaim.merge(findings.text(row, "claim"), 1L, Long::sum));
        List<String> notRun = new ArrayList<>();
        rowsPerClaim.forEach((claim, rows) -> {
            if (rows == 0) {
                notRun.add(claim);
            }
        });
        String caption = "Reproduced: the 95% interval lies wholly on the claim's side (a slope below 0 for a decay, "
                + "a ratio above 1 for \"higher\", a gap slope above 0 for \"grows\"); not reproduced: it does not; "
                + "undetermined: too few points for an interval. Ratios are geometric means over matched cells "
                + "(same structure and seed) with a bootstrap interval; slopes are least-squares fits of ln(variance) "
                + "over every cell. \"Ours\" produced by the embedded sampler or the random control is not an LLM "
                + "result. " + (notRun.isEmpty() ? "Every claim had data in this run."
                        : "Not run in this run (no cells for it): " + String.join("; ", notRun) + ".");
        return Optional.of(new ReportSection("findings", title(), "What this run says about each claim of the paper, "
                + "generated from the slopes and comparisons tables.",
                List.of(ReportItem.table("findings-claims", "The paper's claims, reproduced or not", caption,
                        findings))));
    }
}
