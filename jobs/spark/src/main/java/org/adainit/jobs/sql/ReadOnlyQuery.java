package org.adainit.jobs.sql;

import org.adainit.jobs.input.InputException;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.InsertIntoDir;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.ParsedStatement;
import scala.Option;

/**
 * Lets only queries through to Spark: {@code spark.sql} runs any other statement (INSERT, CREATE, DROP, CACHE, SET,
 * ADD JAR...) at once, and one such statement can overwrite or empty a result table. The statement is parsed by the
 * session's own parser and refused when its plan holds a command (Spark's {@code Command}: DDL, SET, ADD, CACHE,
 * EXPLAIN...), a parsed statement that becomes a write at analysis ({@code INSERT INTO}, multi-table {@code FROM ...
 * INSERT}) or a directory write ({@code INSERT OVERWRITE DIRECTORY}).
 */
public final class ReadOnlyQuery {

    private ReadOnlyQuery() {}

    /**
     * @throws InputException when {@code sql} is not a single query, naming what it is instead, or cannot be parsed
     */
    public static void require(SparkSession spark, String sql) {
        LogicalPlan plan;
        try {
            plan = ((org.apache.spark.sql.classic.SparkSession) spark).sessionState().sqlParser().parsePlan(sql);
        } catch (ParseException | IllegalArgumentException e) {
            // Spark substitutes ${...} references before parsing, and refuses one to a setting it cannot read as text.
            throw new InputException("query: " + firstLine(e.getMessage()));
        }
        Option<LogicalPlan> write = plan.find(ReadOnlyQuery::writes);
        if (write.isDefined()) {
            throw new InputException("query: sql is read-only and takes one query (SELECT, WITH ... SELECT, VALUES, "
                    + "TABLE); this statement is a " + write.get().nodeName() + " (to keep results, use --format csv "
                    + "or json and redirect the output)");
        }
    }

    private static boolean writes(LogicalPlan node) {
        return node instanceof Command || node instanceof ParsedStatement || node instanceof InsertIntoDir;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }
}
