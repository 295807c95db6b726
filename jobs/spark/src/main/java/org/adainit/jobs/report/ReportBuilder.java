package org.adainit.jobs.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.adainit.jobs.spark.Concurrently;

/**
 * Assembles the report of one result directory: the header from the manifest, then every supported section. The
 * sections are built at once (their queries wait on Spark's job latency far more than on the cores), and kept in
 * report order.
 */
public final class ReportBuilder {

    /** The sections in report order: provenance, findings, health, then the paper's figures, then diagnostics. */
    static List<SectionBuilder> sections() {
        return List.of(new ProvenanceSection(), new FindingsSection(), new RunHealthSection(),
                ScalingFigureSection.fig3(), new InitialisationEnsembleSection(), new AccuracySection(),
                new PromptAblationSection(), ScalingFigureSection.fig6(),
                new SamplingHeatMapSection(),
                new ExpectedImprovementSection(), new ShapeAccuracySection(), new McCleanSection(), new ZhangSection(),
                new LandscapeSection(), new GradientDistributionSection());
    }

    private ReportBuilder() {}

    public static Report build(ResultTables tables, String version) {
        List<SectionBuilder> builders = sections();
        List<Optional<ReportSection>> built = Concurrently.map(builders, ResultTables.CONCURRENT_QUERIES,
                builder -> builder.build(tables));
        List<ReportSection> sections = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (int i = 0; i < builders.size(); i++) {
            if (built.get(i).isPresent()) {
                sections.add(built.get(i).get());
            } else {
                leftOut.add(builders.get(i).title() + ": needs " + builders.get(i).requirement());
            }
        }
        Optional<JsonNode> manifest = tables.manifest();
        String grid = manifest.map(m -> m.path("grid_name").asText("")).filter(s -> !s.isEmpty()).orElse("run");
        return new Report("AdaInit report: " + grid, tables.location(), List.copyOf(tables.tableNames()),
                facts(tables, manifest, version), sections, leftOut);
    }

    private static Map<String, String> facts(ResultTables tables, Optional<JsonNode> manifest, String version) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Result directory", tables.location());
        if (tables.stale()) {
            facts.put("Warning", "the tables were not rebuilt completely after the last run and may miss cells; run "
                    + "'adainit aggregate --out " + tables.location() + "' and report again");
        }
        manifest.ifPresent(m -> {
            put(facts, "Grid", m.path("grid_name").asText(""));
            put(facts, "Description", m.path("grid").path("description").asText(""));
            put(facts, "Grid file", m.path("grid_source").asText(""));
            put(facts, "Grid hash", m.path("grid_hash").asText(""));
            put(facts, "Created", m.path("created_at").asText(""));
            JsonNode runs = m.path("runs");
            if (runs.isArray() && !runs.isEmpty()) {
                JsonNode last = runs.get(runs.size() - 1);
                put(facts, "Runs", runs.size() + " (the last: " + last.path("started_at").asText("?") + " → "
                        + last.path("finished_at").asText("not finished") + ", " + last.path("outcome").asText("?")
                        + ")");
                put(facts, "Last command", last.path("command").asText(""));
                put(facts, "Code", distinct(runs, "project_version", "git_commit"));
                put(facts, "Spark", distinct(runs, "spark_version", "master"));
                put(facts, "Generator override", distinct(runs, "generator_override"));
                put(facts, "Datasets", datasets(runs));
            }
        });
        facts.put("Tables", String.join(", ", tables.tableNames()));
        facts.put("Report", "adainit " + version + ", " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        return facts;
    }

    /** The dataset files the runs read, by name and SHA-256 (a run's folder is local to its machine, never shown). */
    private static String datasets(JsonNode runs) {
        Set<String> files = new LinkedHashSet<>();
        for (JsonNode run : runs) {
            run.path("datasets").fields().forEachRemaining(dataset -> dataset.getValue().fields()
                    .forEachRemaining(file -> files.add(file.getKey() + " (SHA-256 " + file.getValue().asText() + ")")));
        }
        return String.join(", ", files);
    }

    /** The distinct non-null combinations of some run fields, e.g. "0.1.0 @ 41e9be4". */
    private static String distinct(JsonNode runs, String... fields) {
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode run : runs) {
            List<String> parts = new ArrayList<>();
            for (String field : fields) {
                JsonNode value = run.path(field);
                if (!value.isMissingNode() && !value.isNull()) {
                    parts.add(value.asText());
                }
            }
            if (!parts.isEmpty()) {
                values.add(String.join(" @ ", parts));
            }
        }
        return String.join("; ", values);
    }

    private static void put(Map<String, String> facts, String label, String value) {
        if (value != null && !value.isBlank()) {
            facts.put(label, value);
        }
    }
}
