package org.adainit.jobs.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.grid.GridReader;
import org.junit.jupiter.api.Test;

/** The wall time plan predicts for run: overheads once, the cells spread over the cores but never below the longest. */
class PlanTest {

    private static final Grid QUICKSTART = GridReader.read(Path.of(System.getProperty("adainit.root"), "conf",
            "grids", "quickstart.yaml").toString());

    @Test
    void moreCoresShortenOnlyTheCellsWhileTheyOutlastTheLongestCell() {
        Plan plan = Plan.of(QUICKSTART, QUICKSTART.cells(), CostModel.nominal());
        double longest = plan.cells().stream().mapToDouble(CellEstimate::simulatorSeconds).max().orElseThrow();
        assertTrue(plan.simulatorSeconds() / 2 > longest, "the quickstart has many cells of similar size");
        assertEquals(plan.simulatorSeconds() / 2, plan.wallSeconds(1) - plan.wallSeconds(2),
                1e-9 * plan.simulatorSeconds());
        double overheads = Plan.START_SECONDS + Plan.TABLE_SECONDS
                + Plan.TABLE_SECONDS_PER_CELL * QUICKSTART.cells().size();
        assertEquals(overheads + plan.simulatorSeconds(), plan.wallSeconds(1), 1e-9 * plan.wallSeconds(1));
    }

    @Test
    void oneCellTakesItsOwnTimeHoweverManyCores() {
        Plan plan = Plan.of(QUICKSTART, List.of(QUICKSTART.cells().get(0)), CostModel.nominal());
        double cell = plan.cells().get(0).simulatorSeconds();
        double expected = Plan.START_SECONDS + cell + Plan.TABLE_SECONDS + Plan.TABLE_SECONDS_PER_CELL;
        assertEquals(expected, plan.wallSeconds(1), 1e-12 * expected);
        assertEquals(expected, plan.wallSeconds(64), 1e-12 * expected);
    }
}
