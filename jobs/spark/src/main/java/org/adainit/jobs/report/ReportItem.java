package org.adainit.jobs.report;

import java.util.Optional;

/**
 * One figure or table of the report: the query it comes from, the query's result, and for a figure the rendered
 * chart. The HTML page and the notebook show the same three things, so every number drawn can be traced to SQL.
 *
 * @param id file-name-safe and unique in the report, e.g. {@code fig3-qubits-iris-uniform-l2}
 * @param images null for a table
 */
public record ReportItem(String id, String title, String caption, QueryResult data, ChartImages images) {

    private static final int MAX_ID = 64;

    public ReportItem {
        if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("report item id must be lower-case letters, digits and '-': " + id);
        }
    }

    public static ReportItem table(String id, String title, String caption, QueryResult data) {
        return new ReportItem(id, title, caption, data, null);
    }

    public Optional<ChartImages> figure() {
        return Optional.ofNullable(images);
    }

    /**
     * Turns free text (dataset, variant names) into an id: lower case, '-' for anything else, at most 64 characters
     * (a notebook cell id's limit); a longer one keeps its start and ends in a hash of the whole.
     */
    public static String slug(Object... parts) {
        StringBuilder slug = new StringBuilder();
        for (Object part : parts) {
            if (slug.length() > 0) {
                slug.append('-');
            }
            slug.append(String.valueOf(part).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-|-$", ""));
        }
        if (slug.length() <= MAX_ID) {
            return slug.toString();
        }
        String hash = String.format("%08x", slug.toString().hashCode());
        return slug.substring(0, MAX_ID - hash.length() - 1) + "-" + hash;
    }
}
