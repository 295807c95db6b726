package org.adainit.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import org.adainit.jobs.grid.BudgetSpec;
import org.adainit.jobs.grid.LlmSpec;
import org.adainit.jobs.spark.JavaSerialization;
import org.junit.jupiter.api.Test;

/** The LLM usage meter: one per launch, shared by the launch's cells in an executor JVM. */
class GeneratorsTest {

    private static final LlmSpec LLM = new LlmSpec("http://127.0.0.1:1/v1", "model", "KEY", null, Map.of());
    private static final BudgetSpec BUDGET = new BudgetSpec(1, 10, 1000, 1.0);

    @Test
    void theCellsOfOneLaunchShareAMeterInAnExecutor() throws Exception {
        Generators driver = new Generators(LLM, BUDGET, "grid-hash");

        // What an executor in the driver's JVM (local mode, a resident driver) gets: a copy of the task's closure.
        assertSame(JavaSerialization.roundTrip(driver).meter(), JavaSerialization.roundTrip(driver).meter());
        assertSame(driver.meter(), JavaSerialization.roundTrip(driver).meter());
    }

    @Test
    void aSecondLaunchOfTheSameGridInTheSameJvmStartsFromZero() {
        // A resident driver runs both launches in one JVM; the second must not inherit the first's usage.
        assertNotSame(new Generators(LLM, BUDGET, "grid-hash").meter(), new Generators(LLM, BUDGET, "grid-hash").meter());
    }
}
