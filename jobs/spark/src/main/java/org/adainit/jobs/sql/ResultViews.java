package org.adainit.jobs.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.adainit.jobs.input.InputException;
import org.adainit.jobs.tables.diagnosis.DiagnosticTable;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
import org.adainit.jobs.tables.BuiltTables;
import org.adainit.jobs.tables.ResultTable;
import org.apache.spark.sql.SparkSession;

/** Registers every table of a result directory as a temporary view named like the table. */
public final class ResultViews {

    private ResultViews() {}

    /** The bytes of the tables {@link #register} registers, to choose the session with. */
    public static long bytes(ResultDirectory directory) {
        return Stream.concat(Arrays.stream(ResultTable.values()).map(ResultTable::tableName),
                        Arrays.stream(DiagnosticTable.values()).map(DiagnosticTable::tableName))
                .mapToLong(directory::bytes).sum();
    }

    /**
     * @return the names of the registered views
     * @throws InputException when the directory holds no table, or its tables do not reflect its committed cells
     *     (never built, a build failed or was stopped, cells changed since, a table removed or overwritten)
     */
    public static List<String> register(SparkSession spark, ResultDirectory directory) {
        if (directory.exists(ResultDirectory.CELLS)) {
            BuiltTables.problem(directory, new CellStore(directory)).ifPresent(problem -> {
                throw new InputException("tables of " + directory.uri() + " are not current: " + problem
                        + "; rebuild them with 'submit/adainit aggregate --out " + directory.uri() + "'");
            });
        }
        List<String> names = new ArrayList<>();
        for (ResultTable table : ResultTable.values()) {
            if (directory.exists(table.tableName())) {
                table.read(spark, directory).createOrReplaceTempView(table.tableName());
                names.add(table.tableName());
            }
        }
        for (DiagnosticTable table : DiagnosticTable.values()) {
            if (directory.exists(table.tableName())) {
                // With the schema given, Spark reads no footer (a job per table) before the query.
                spark.read().schema(table.schema()).parquet(directory.table(table.tableName()))
                        .createOrReplaceTempView(table.tableName());
                names.add(table.tableName());
            }
        }
        if (names.isEmpty()) {
            throw new InputException(directory.uri() + " holds no result tables; run 'adainit run GRID --out "
                    + "DIR' (or 'adainit aggregate --out DIR' after an interrupted run) first");
        }
        return names;
    }
}
