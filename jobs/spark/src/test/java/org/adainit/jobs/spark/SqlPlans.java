package org.adainit.jobs.spark;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerEvent;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.ui.SparkListenerSQLAdaptiveExecutionUpdate;
import org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart;
import org.junit.jupiter.api.function.Executable;

/**
 * The physical plans of the SQL executions some code runs on a context, as Spark's SQL listener events report them
 * (every session of the context posts to the same bus): the plan an execution starts with and, under adaptive query
 * execution, each plan it changes to (only these show the compiled stages); and whether a plan compiles whole stages.
 */
public final class SqlPlans {

    /** A line of Spark's formatted plan whose operator is in a compiled whole stage. */
    private static final Pattern COMPILED_LINE = Pattern.compile("(?m)^[\\s+|-]*\\* \\S");
    private static final long WAIT_MILLIS = 30_000;

    private SqlPlans() {}

    /**
     * Runs {@code action} and returns the plans of the executions it started, once {@code complete} holds for them
     * (the bus delivers events late) or after 30 s.
     */
    public static List<String> during(SparkSession spark, Executable action, Predicate<List<String>> complete)
            throws Throwable {
        List<String> plans = new CopyOnWriteArrayList<>();
        SparkListener listener = new SparkListener() {
            @Override
            public void onOtherEvent(SparkListenerEvent event) {
                if (event instanceof SparkListenerSQLExecutionStart start) {
                    plans.add(start.physicalPlanDescription());
                } else if (event instanceof SparkListenerSQLAdaptiveExecutionUpdate update) {
                    plans.add(update.physicalPlanDescription());
                }
            }
        };
        spark.sparkContext().addSparkListener(listener);
        try {
            action.execute();
            long deadline = System.currentTimeMillis() + WAIT_MILLIS;
            while (!complete.test(plans) && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            spark.sparkContext().removeSparkListener(listener);
        }
        return List.copyOf(plans);
    }

    /** The plans adaptive execution finished with: the ones that show the compiled stages. */
    public static List<String> finalAdaptivePlans(List<String> plans) {
        return plans.stream().filter(SqlPlans::finalAdaptivePlan).toList();
    }

    public static boolean finalAdaptivePlan(String plan) {
        return plan.contains("isFinalPlan=true");
    }

    /** Whether an operator of the plan runs in a compiled whole stage: {@code *(1) Sort}, or {@code +- * Sort (3)}. */
    public static boolean wholeStageCompiled(String plan) {
        return plan.contains("*(") || COMPILED_LINE.matcher(plan).find();
    }
}
