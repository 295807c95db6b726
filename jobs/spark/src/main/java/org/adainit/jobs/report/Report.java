package org.adainit.jobs.report;

import java.util.List;
import java.util.Map;

/**
 * A whole report, ready to be written as a page and a notebook.
 *
 * @param location the result directory as given, e.g. {@code results/export/quickstart}
 * @param tables the tables it holds, the views the items' SQL reads
 * @param facts the header's provenance lines (label → value), in order
 * @param leftOut sections the run's tables do not support, each with what it would need
 */
public record Report(String title, String location, List<String> tables, Map<String, String> facts,
        List<ReportSection> sections, List<String> leftOut) {

    public Report {
        tables = List.copyOf(tables);
        facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
        sections = List.copyOf(sections);
        leftOut = List.copyOf(leftOut);
    }

    /** Every item of every section, in report order. */
    public List<ReportItem> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }
}
