package org.adainit.jobs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How the run went: cells done and failed, LLM calls, parse failures, tokens and cost, per method variant. */
public final class RunHealthSection implements SectionBuilder {

    private static final String PARSE_FAILURES = "sum(CASE WHEN parse_status IN ('repaired', 'per-tensor', "
            + "'prior-fallback') THEN 1 ELSE 0 END)";

    @Override
    public String title() {
        return "Run health";
    }

    @Override
    public String requirement() {
        return "a cells table";
    }

    @Override
    public Optional<ReportSection> build(ResultTables tables) {
        if (!tables.has("cells", "variant", "status", "llm_calls", "tokens_in", "tokens_out", "cost_usd")) {
            return Optional.empty();
        }
        boolean iterations = tables.has("iterations", "cell_id", "parse_status");
        String parse = iterations
                ? "WITH parse AS (SELECT cell_id, " + PARSE_FAILURES + " AS parse_failures, sum(CASE WHEN "
                        + "parse_status = 'prior-fallback' THEN 1 ELSE 0 END) AS prior_fallbacks FROM iterations "
                        + "GROUP BY cell_id) "
                : "";
        String parseColumns = iterations
                ? "coalesce(sum(p.parse_failures), 0) AS parse_failures, coalesce(sum(p.prior_fallbacks), 0) AS "
                        + "prior_fallbacks, "
                : "";
        String join = iterations ? " LEFT JOIN parse p ON c.cell_id = p.cell_id" : "";
        QueryResult health = tables.query(parse + "SELECT CASE WHEN grouping(c.variant) = 1 THEN 'all variants' "
                + "ELSE c.variant END AS variant, count(*) AS cells, sum(CASE WHEN c.status = 'ok' THEN 1 ELSE 0 END) "
                + "AS done, sum(CASE WHEN c.status <> 'ok' THEN 1 ELSE 0 END) AS failed, sum(c.llm_calls) AS "
                + "llm_calls, " + parseColumns + "sum(c.tokens_in) AS tokens_in, sum(c.tokens_out) AS tokens_out, "
                + "sum(c.cost_usd) AS cost_usd FROM cells c" + join + " GROUP BY ROLLUP(c.variant) "
                + "ORDER BY grouping(c.variant), c.variant");
        List<ReportItem> items = new ArrayList<>();
        items.add(ReportItem.table("health-by-variant", "Cells, LLM calls, parse failures, tokens and cost",
                "done/failed: cells by status. llm_calls include retries. parse_failures: iterations whose first "
                        + "reply needed repair (re-ask, per-tensor) or fell back to a prior draw. cost_usd is the "
                        + "estimate from the configured prices.", health));
        QueryResult failed = tables.query("SELECT cell_id, error FROM cells WHERE status <> 'ok' ORDER BY cell_id");
        if (!failed.isEmpty()) {
            items.add(ReportItem.table("health-failed-cells", "Failed cells", "Re-running the same run command "
                    + "retries exactly these cells.", failed));
        }
        return Optional.of(new ReportSection("health", title(), "Whether the figures below rest on every cell of the "
                + "grid, and what the LLM calls cost.", items));
    }
}
