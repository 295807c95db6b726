package org.adainit.jobs.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.grid.GridReader;
import org.junit.jupiter.api.Test;

/** The wall time plan predicts for run: overheads once, the cells spread over the cores but never below the longest. */
class PlanTest {

    private static final Grid QUICKSTART = GridReader.read(Path.of(System.getProperty("adainit.root"), "conf",
            "grids", "quickstart.yaml").toString());

    @Test
    void moreCoresShortenOnlyTheCellsWhileTheyOutlastTheLongestCell() {
        Plan plan = Plan.of(QUICKSTART, QUICKSTART.cellStream(), CostModel.nominal(), RunOverheads.reference());
        long cells = QUICKSTART.cells().size();
        double cellsCpu = plan.total().simulatorSeconds() + plan.overheads().perCellSeconds() * cells;
        assertTrue(cellsCpu / 2 > plan.total().longestSeconds(), "the quickstart has many cells of similar size");
        assertEquals(cellsCpu / 2, plan.wallSeconds(1) - plan.wallSeconds(2), 1e-9 * cellsCpu);
        double overheads = plan.overheads().startSeconds() + plan.overheads().tableSeconds(cells);
        assertEquals(overheads + cellsCpu, plan.wallSeconds(1), 1e-9 * plan.wallSeconds(1));
    }

    @Test
    void oneCellTakesItsOwnTimeHoweverManyCores() {
        Plan plan = Plan.of(QUICKSTART, Stream.of(QUICKSTART.cells().get(0)), CostModel.nominal(),
                RunOverheads.reference());
        double cell = plan.total().simulatorSeconds();
        double expected = plan.overheads().startSeconds() + cell + plan.overheads().perCellSeconds()
                + plan.overheads().tableSeconds(1);
        assertEquals(expected, plan.wallSeconds(1), 1e-12 * expected);
        assertEquals(expected, plan.wallSeconds(64), 1e-12 * expected);
    }

    @Test
    void theTalliesPerGroupAddUpToTheTotal() {
        Plan plan = Plan.of(QUICKSTART, QUICKSTART.cellStream(), CostModel.nominal(), RunOverheads.reference());
        assertEquals(QUICKSTART.cells().size(), plan.total().cells());
        assertEquals(plan.total().cells(), plan.groups().values().stream().mapToLong(CostTally::cells).sum());
        assertEquals(plan.total().simulatorSeconds(), plan.groups().values().stream()
                .mapToDouble(CostTally::simulatorSeconds).sum(), 1e-9 * plan.total().simulatorSeconds());
        double largestFirst = Plan.largestFirst(QUICKSTART, QUICKSTART.cells(), CostModel.nominal()).get(0)
                .simulatorSeconds();
        assertEquals(largestFirst, plan.total().longestSeconds());
    }

    @Test
    void aMachineWhoseSparkStartsTwiceAsSlowlyGetsTwiceTheFixedCostsAndTheSameSimulatorTime() {
        RunOverheads reference = RunOverheads.reference();
        RunOverheads slower = RunOverheads.scaledTo(2 * RunOverheads.REFERENCE_SPARK_START_SECONDS);
        Plan here = Plan.of(QUICKSTART, QUICKSTART.cellStream(), CostModel.nominal(), reference);
        Plan there = Plan.of(QUICKSTART, QUICKSTART.cellStream(), CostModel.nominal(), slower);
        long cells = QUICKSTART.cells().size();

        double fixedHere = reference.startSeconds() + reference.tableSeconds(cells)
                + reference.perCellSeconds() * cells / 2;
        assertEquals(here.wallSeconds(2) + fixedHere, there.wallSeconds(2), 1e-9 * there.wallSeconds(2));
        assertEquals(here.total().simulatorSeconds(), there.total().simulatorSeconds());
        assertTrue(slower.origin().contains("x2.00"), slower.origin());
        assertThrows(IllegalArgumentException.class, () -> RunOverheads.scaledTo(0));
    }

    @Test
    void aWarmResidentDriverSavesOnItsStartEachCellAndTheTablesFixedPartButNotOnEachCellsRows() {
        RunOverheads slower = RunOverheads.scaledTo(2 * RunOverheads.REFERENCE_SPARK_START_SECONDS);
        RunOverheads warm = slower.inResidentDriver();
        long cells = QUICKSTART.cells().size();
        Plan fresh = Plan.of(QUICKSTART, QUICKSTART.cellStream(), CostModel.nominal(), slower);
        Plan resident = Plan.of(QUICKSTART, QUICKSTART.cellStream(), CostModel.nominal(), warm);

        // Scaled to the machine as the fresh JVM's figures are: twice the driver's reference on a machine twice as slow.
        assertEquals(2 * RunOverheads.RESIDENT_START_SECONDS, warm.startSeconds(), 1e-12);
        assertEquals(2 * RunOverheads.RESIDENT_PER_CELL_SECONDS, warm.perCellSeconds(), 1e-12);
        assertEquals(2 * RunOverheads.RESIDENT_TABLE_FIXED_SECONDS, warm.tableSeconds(0), 1e-12);
        assertEquals(slower.tableSeconds(cells) - slower.tableSeconds(0), warm.tableSeconds(cells) - warm.tableSeconds(0),
                1e-12, "each cell's rows cost the same");
        // On 1 and 2 cores the quickstart's cells spread over the cores (on many, its longest cell would bound them).
        for (int cores : new int[] {1, 2}) {
            double saved = slower.startSeconds() - warm.startSeconds() + slower.tableSeconds(0) - warm.tableSeconds(0)
                    + (slower.perCellSeconds() - warm.perCellSeconds()) * cells / cores;
            assertTrue(saved > 0, "a warm driver saves time");
            assertEquals(fresh.wallSeconds(cores) - saved, resident.wallSeconds(cores), 1e-9 * fresh.wallSeconds(cores));
        }
    }

    @Test
    void thePrintedPlanGivesTheRunsWallTimeInAFreshJvmAndInAWarmResidentDriver() {
        Plan plan = Plan.of(QUICKSTART, QUICKSTART.cellStream(), CostModel.nominal(), RunOverheads.reference());
        StringWriter text = new StringWriter();
        plan.print(new PrintWriter(text, true), 2);

        String warm = Plan.seconds(Plan.of(QUICKSTART, QUICKSTART.cellStream(), CostModel.nominal(),
                RunOverheads.reference().inResidentDriver()).wallSeconds(2));
        assertTrue(text.toString().contains("wall time of run on 2 cores: about " + Plan.seconds(plan.wallSeconds(2))),
                text.toString());
        assertTrue(text.toString().contains("in a warm resident driver (docs/resident-driver.md): about " + warm),
                text.toString());
    }
}
