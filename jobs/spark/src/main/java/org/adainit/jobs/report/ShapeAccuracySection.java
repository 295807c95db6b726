package org.adainit.jobs.report;

import java.util.List;
import java.util.Optional;

/**
 * The paper's Table 2 as a run measures it: per model, the share of generations whose first reply already had all
 * three tensors in the right shapes (parse status {@code ok}), over the structures the run asked for. Repaired
 * replies and prior fallbacks count as wrong, as a one-shot generation in the paper would.
 */
public final class ShapeAccuracySection implements SectionBuilder {

    @Override
    public String title() {
        return "Table 2: shape accuracy per model";
    }

    @Override
    public String requirement() {
        return "iterations answered by an LLM (generator llm or replay)";
    }

    @Override
    public Optional<ReportSection> build(ResultTables tables) {
        if (!tables.has("iterations", "model", "parse_status")
                || tables.query("SELECT 1 FROM iterations WHERE model <> '' LIMIT 1").isEmpty()) {
            return Optional.empty();
        }
        QueryResult data = tables.query("SELECT model, count(DISTINCT qubits, layers) AS structures, count(*) AS "
                + "generations, sum(CASE WHEN parse_status = 'ok' THEN 1 ELSE 0 END) AS correct_first_reply, "
                + "round(100 * avg(CASE WHEN parse_status = 'ok' THEN 1.0 ELSE 0.0 END), 1) AS accuracy_pct, "
                + "sum(CASE WHEN parse_status = 'prior-fallback' THEN 1 ELSE 0 END) AS prior_fallbacks "
                + "FROM iterations WHERE model <> '' GROUP BY model ORDER BY model");
        return Optional.of(new ReportSection("table2", title(), "The paper's Table 2 asks each LLM once per structure "
                + "(GPT-4o 100%, GPT-4o-mini 85%, Gemini-1.5-flash 75%, Gemini-1.5-pro 90%, Claude-3.5-Sonnet 100%); "
                + "here every search iteration is one generation. The shape-probe command reproduces the "
                + "paper's one-per-structure protocol.", List.of(ReportItem.table("table2-shape-accuracy",
                        "Table 2 · generations with correct shapes at the first reply", "accuracy_pct = "
                                + "correct_first_reply / generations; prior_fallbacks: iterations where no reply "
                                + "could be used and θ0 was drawn from the prior.", data))));
    }
}
