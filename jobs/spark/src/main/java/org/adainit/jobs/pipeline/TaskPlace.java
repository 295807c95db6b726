package org.adainit.jobs.pipeline;

import org.adainit.jobs.outcome.Timing;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;

/**
 * Where a cell runs, for the {@code executor} column: Spark's executor id, the task's partition and attempt number,
 * and the host ({@code EXECUTOR:PARTITION.ATTEMPT@HOST}, e.g. {@code driver:3.0@vm} in local mode,
 * {@code 2:17.1@worker-3} for the second attempt of a task on a cluster); the host alone outside a Spark task.
 */
final class TaskPlace {

    /** Spark's executor id of the driver (its internal {@code SparkContext.DRIVER_IDENTIFIER}). */
    private static final String DRIVER = "driver";

    private TaskPlace() {}

    /**
     * True in a task that runs in the driver's JVM (local mode: Spark's executor id there is {@value #DRIVER}), where
     * the driver can see what the task keeps.
     */
    static boolean inDriver() {
        SparkEnv env = SparkEnv.get();
        return TaskContext.get() != null && env != null && DRIVER.equals(env.executorId());
    }

    static String current() {
        TaskContext task = TaskContext.get();
        SparkEnv env = SparkEnv.get();
        if (task == null || env == null) {
            return Timing.host();
        }
        return env.executorId() + ":" + task.partitionId() + "." + task.attemptNumber() + "@" + Timing.host();
    }
}
