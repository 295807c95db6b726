package org.adainit.jobs.report;

/** Values written into the report's SQL: the queries are shown to readers, so they stay literal and readable. */
final class SqlText {

    /** Matches the variant names of Fig. 7's explicit sampling settings, e.g. {@code adainit-llm-t0.5-p0.9}. */
    static final String SAMPLING_VARIANT = "'-t[0-9.]+-p[0-9.]+$'";

    private SqlText() {}

    static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }
}
