package org.adainit.jobs.tables;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * What a curve is drawn for: one dataset, prior and method variant (with the variant's generator, prompt and sampling
 * spelled out for filtering). Structures and seeds vary along and across it.
 */
record SeriesKey(
        String dataset, String prior, String variant, String method, String generator, String promptVariant,
        Double temperature, Double topP) {

    /** The cells-table columns a key is read from, in {@link #of(Row, int[])}'s order. */
    static final List<String> CELL_COLUMNS =
            List.of("dataset", "prior", "variant", "method", "generator", "prompt_variant", "temperature", "top_p");

    static final List<StructField> FIELDS = List.of(
            DataTypes.createStructField("dataset", DataTypes.StringType, false),
            DataTypes.createStructField("prior", DataTypes.StringType, false),
            DataTypes.createStructField("variant", DataTypes.StringType, false),
            DataTypes.createStructField("method", DataTypes.StringType, false),
            DataTypes.createStructField("generator", DataTypes.StringType, true),
            DataTypes.createStructField("prompt_variant", DataTypes.StringType, true),
            DataTypes.createStructField("temperature", DataTypes.DoubleType, true),
            DataTypes.createStructField("top_p", DataTypes.DoubleType, true));

    /** Reads a row whose {@link #CELL_COLUMNS} are at {@code at}, in that order. */
    static SeriesKey of(Row row, int[] at) {
        return new SeriesKey(row.getString(at[0]), row.getString(at[1]), row.getString(at[2]), row.getString(at[3]),
                row.isNullAt(at[4]) ? null : row.getString(at[4]), row.isNullAt(at[5]) ? null : row.getString(at[5]),
                row.isNullAt(at[6]) ? null : row.getDouble(at[6]), row.isNullAt(at[7]) ? null : row.getDouble(at[7]));
    }

    List<Object> values() {
        return java.util.Arrays.asList(dataset, prior, variant, method, generator, promptVariant, temperature, topP);
    }
}
