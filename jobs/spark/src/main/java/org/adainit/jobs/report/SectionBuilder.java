package org.adainit.jobs.report;

import java.util.Optional;

/**
 * Builds one section from whatever the run's tables hold. A section the tables cannot support (no such table, or
 * not the variation the figure is about, e.g. a single prompt variant for the prompt ablation) is left out.
 */
public interface SectionBuilder {

    /** The section's heading, also used to list sections left out. */
    String title();

    /** What the run needs for this section, shown when it is left out. */
    String requirement();

    /** The section, or empty when the tables do not support it. */
    Optional<ReportSection> build(ResultTables tables);
}
