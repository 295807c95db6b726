package org.adainit.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.adainit.jobs.pipeline.TinyGrid;
import org.adainit.jobs.spark.SqlPlans;
import org.adainit.jobs.spark.TestSpark;
import org.junit.jupiter.api.Test;

/** The session a report's queries run in. */
class ResultTablesTest {

    @Test
    void theQueriesOfSmallTablesInterpretTheirExpressions() throws Throwable {
        ResultTables tables = ResultTables.open(TestSpark.session(), TinyGrid.reference().toString());
        QueryResult[] result = new QueryResult[1];

        List<String> plans = SqlPlans.during(TestSpark.session(),
                () -> result[0] = tables.query("SELECT o.cell_id, c.variance * 2 AS twice FROM cells o JOIN cells c "
                        + "ON o.cell_id = c.cell_id ORDER BY twice"),
                recorded -> recorded.stream().anyMatch(SqlPlans::finalAdaptivePlan));

        assertEquals(TinyGrid.grid().cells().size(), result[0].rows().size());
        List<String> finalPlans = SqlPlans.finalAdaptivePlans(plans);
        assertEquals(1, finalPlans.size(), "the query's plans: " + plans);
        assertTrue(finalPlans.get(0).contains("Join"), finalPlans.get(0));
        assertFalse(SqlPlans.wholeStageCompiled(finalPlans.get(0)), finalPlans.get(0));
    }
}
