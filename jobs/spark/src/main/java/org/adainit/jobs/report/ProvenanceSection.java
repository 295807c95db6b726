package org.adainit.jobs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What produced the tables: grid, code version and commit, generators and models, and when the cells ran. */
public final class ProvenanceSection implements SectionBuilder {

    @Override
    public String title() {
        return "Provenance";
    }

    @Override
    public String requirement() {
        return "a cells table";
    }

    @Override
    public Optional<ReportSection> build(ResultTables tables) {
        List<ReportItem> items = new ArrayList<>();
        if (tables.has("cells", "grid_name", "grid_hash", "project_version", "git_commit", "started_at",
                "finished_at")) {
            items.add(ReportItem.table("provenance-code", "Grid, code and dates", "One row per grid and code version "
                    + "that contributed cells; a '-dirty' commit had uncommitted changes.", tables.query(
                    "SELECT grid_name, grid_hash, project_version, git_commit, count(*) AS cells, min(started_at) AS "
                            + "first_cell_started, max(finished_at) AS last_cell_finished FROM cells GROUP BY "
                            + "grid_name, grid_hash, project_version, git_commit ORDER BY first_cell_started")));
        }
        if (tables.has("cells", "variant", "method", "generator_label", "model", "prompt_version")) {
            items.add(ReportItem.table("provenance-generators", "Methods, generators and models", "Which generator "
                    + "produced each variant's θ0; only generator llm (or replay of its recorded replies) is an LLM.",
                    tables.query("SELECT variant, method, generator_label, model, prompt_version, count(*) AS cells "
                            + "FROM cells GROUP BY variant, method, generator_label, model, prompt_version "
                            + "ORDER BY variant, model")));
        }
        return items.isEmpty() ? Optional.empty()
                : Optional.of(new ReportSection("provenance", title(), "Where the numbers come from.", items));
    }
}
