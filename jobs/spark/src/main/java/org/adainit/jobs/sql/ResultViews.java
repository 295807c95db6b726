package org.adainit.jobs.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.adainit.jobs.input.InputException;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
import org.adainit.jobs.tables.BuiltTables;
import org.adainit.jobs.tables.ResultTable;
import org.adainit.jobs.tables.diagnosis.DiagnosticTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The tables of a result directory that a query names, each registered as a temporary view named like the table.
 * Registering a table lists its files (0.5-0.7 s for all seven of the quickstart's on a slow 2-core VM), so a query
 * gets only the tables it names.
 */
public final class ResultViews {

    /** Every table a directory may hold, by name in a fixed order, with how to read it. */
    private static final Map<String, BiFunction<SparkSession, ResultDirectory, Dataset<Row>>> TABLES = tables();

    private ResultViews() {}

    /**
     * The tables of {@code directory} that {@code query} names: each table whose name is a word of the query, in any
     * case (Spark resolves view names so). A name in a string literal or a comment counts too, which costs a listing,
     * never a wrong answer; a table the query needs but does not name cannot exist.
     *
     * @throws InputException when the directory holds no table, or its tables do not reflect its committed cells
     *     (never built, a build failed or was stopped, cells changed since, a table removed or overwritten)
     */
    public static List<String> namedBy(String query, ResultDirectory directory) {
        if (directory.exists(ResultDirectory.CELLS)) {
            BuiltTables.problem(directory, new CellStore(directory)).ifPresent(problem -> {
                throw new InputException("tables of " + directory.uri() + " are not current: " + problem
                        + "; rebuild them with 'submit/adainit aggregate --out " + directory.uri() + "'");
            });
        }
        List<String> present = TABLES.keySet().stream().filter(directory::exists).toList();
        if (present.isEmpty()) {
            throw new InputException(directory.uri() + " holds no result tables; run 'adainit run GRID --out "
                    + "DIR' (or 'adainit aggregate --out DIR' after an interrupted run) first");
        }
        List<String> named = new ArrayList<>();
        for (String table : present) {
            if (Pattern.compile("(?i)(?<![A-Za-z0-9_])" + Pattern.quote(table) + "(?![A-Za-z0-9_])").matcher(query)
                    .find()) {
                named.add(table);
            }
        }
        return named;
    }

    /** The bytes of the {@code tables} of {@code directory}, to choose the session with. */
    public static long bytes(ResultDirectory directory, List<String> tables) {
        return tables.stream().mapToLong(directory::bytes).sum();
    }

    /** Registers each of the {@code tables} of {@code directory} as a view of the same name. */
    public static void register(SparkSession spark, ResultDirectory directory, List<String> tables) {
        for (String table : tables) {
            TABLES.get(table).apply(spark, directory).createOrReplaceTempView(table);
        }
    }

    private static Map<String, BiFunction<SparkSession, ResultDirectory, Dataset<Row>>> tables() {
        Map<String, BiFunction<SparkSession, ResultDirectory, Dataset<Row>>> tables = new LinkedHashMap<>();
        for (ResultTable table : ResultTable.values()) {
            tables.put(table.tableName(), table::read);
        }
        for (DiagnosticTable table : DiagnosticTable.values()) {
            // With the schema given, Spark reads no footer (a job per table) before the query.
            tables.put(table.tableName(), (spark, directory) -> spark.read().schema(table.schema())
                    .parquet(directory.table(table.tableName())));
        }
        return Collections.unmodifiableMap(tables);
    }
}
