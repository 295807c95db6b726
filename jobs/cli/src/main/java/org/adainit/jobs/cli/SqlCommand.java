package org.adainit.jobs.cli;

import org.adainit.jobs.input.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.adainit.jobs.spark.LazySparkSession;
import org.adainit.jobs.spark.SparkSessions;
import org.adainit.jobs.print.OutputFormat;
import org.adainit.jobs.print.ResultPrinter;
import org.adainit.jobs.sql.ReadOnlyQuery;
import org.adainit.jobs.sql.ResultViews;
import org.adainit.jobs.store.ResultDirectory;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code adainit sql --out DIR "SELECT ..."}: queries the tables of a run with Spark SQL. */
@Command(
        name = "sql",
        mixinStandardHelpOptions = true,
        description = {
            "Run a read-only Spark SQL query on the tables of a result directory; each table is a view of the same "
                    + "name. Statements other than queries are refused.",
            "adainit grids: cells, iterations, epochs, curves, slopes, comparisons, correlations; after diagnose: "
                    + "landscape, gradient_distribution, gradient_histogram.",
            "mcclean grids: diagnostic_cells, mcclean_samples, mcclean, mcclean_slopes, mcclean_plateaus.",
            "zhang grids: diagnostic_cells, zhang_samples, zhang, zhang_slopes.",
            "Examples are in conf/sql/, e.g. --file conf/sql/fig3-curves.sql."
        })
final class SqlCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ResultDirectoryOption out;

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "The SQL query.")
    private String query;

    @Option(names = "--file", paramLabel = "FILE.sql", description = "Read the query from a file instead.")
    private Path file;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--max-rows", defaultValue = "1000", description = "Rows printed at most (default: ${DEFAULT-VALUE}).")
    private int maxRows;

    @Mixin
    private MasterOption master;

    @Override
    public Integer call() {
        String sql = query();
        OutputFormat output = outputFormat();
        if (maxRows < 1) {
            throw new InputException("--max-rows must be >= 1, got " + maxRows);
        }
        ResultDirectory directory = ResultDirectory.open(out.path, SparkSessions.hadoopConfiguration(master.url));
        List<String> tables = ResultViews.namedBy(sql, directory);
        try (LazySparkSession session = new LazySparkSession(master.url, "adainit sql", SparkSessions.Use.QUERY)) {
            SparkSession spark = SparkSessions.forTables(session.get(), ResultViews.bytes(directory, tables));
            ReadOnlyQuery.require(spark, sql);
            ResultViews.register(spark, directory, tables);
            // Spark may analyse the query only when the printer runs it: both steps report a bad query alike.
            try {
                Dataset<Row> result = spark.sql(sql);
                new ResultPrinter(output, maxRows).print(result, spec.commandLine().getOut());
            } catch (Exception e) {
                // Spark's AnalysisException is a checked exception that Scala code throws undeclared.
                throw new InputException("query: " + firstLine(e));
            }
            return 0;
        }
    }

    private String query() {
        if ((query == null) == (file == null)) {
            throw new InputException("give the query either as an argument or with --file, not both or neither");
        }
        String text;
        try {
            text = query != null ? query : Files.readString(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")");
        }
        // A statement in a .sql file ends in ';', which Spark's single-statement parser does not take.
        return text.strip().replaceAll(";+$", "");
    }

    private OutputFormat outputFormat() {
        try {
            return OutputFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException("--format is '" + format + "', allowed: "
                    + String.join(", ", List.of("table", "csv", "json")));
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
