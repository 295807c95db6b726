package org.adainit.jobs.print;

/** How the {@code sql} command prints a result. */
public enum OutputFormat {
    /** Aligned columns for reading; numbers to 6 significant digits, long values shortened. */
    TABLE,
    /** RFC 4180 CSV with a header, full precision; arrays as JSON text. */
    CSV,
    /** One JSON object per line (Spark's own JSON writer), full precision. */
    JSON
}
