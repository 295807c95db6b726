package org.adainit.jobs.report;

import java.util.List;

/**
 * A part of the report, e.g. the paper's Fig. 3 with one panel per dataset, prior and axis.
 *
 * @param intro one or two sentences saying what the section shows and how it maps to the paper
 */
public record ReportSection(String id, String title, String intro, List<ReportItem> items) {

    public ReportSection {
        items = List.copyOf(items);
    }
}
