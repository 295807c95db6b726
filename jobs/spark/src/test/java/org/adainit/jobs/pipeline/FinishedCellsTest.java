package org.adainit.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.util.AccumulatorV2;
import org.junit.jupiter.api.Test;

class FinishedCellsTest {

    private static final CellTask.Finished FIRST = new CellTask.Finished("a", CellTask.Ending.OK, 0.5);
    private static final CellTask.Finished SECOND = new CellTask.Finished("b", CellTask.Ending.FAILED, 0.25);

    @Test
    void aTaskCopyCollectsItsCellsInOrderAndTheDriverKeepsNone() {
        FinishedCells driver = new FinishedCells();
        AccumulatorV2<CellTask.Finished, List<CellTask.Finished>> task = driver.copyAndReset();
        assertTrue(task.isZero());
        task.add(FIRST);
        task.add(SECOND);
        assertFalse(task.isZero());
        assertEquals(List.of(FIRST, SECOND), task.value());

        driver.merge(task);
        driver.merge(task);
        assertTrue(driver.isZero(), "merging keeps nothing on the driver, however many tasks end");
        assertEquals(List.of(), driver.value());
    }

    @Test
    void copiesAreIndependentAndResetEmpties() {
        FinishedCells task = new FinishedCells();
        task.add(FIRST);
        FinishedCells copy = task.copy();
        copy.add(SECOND);
        assertEquals(List.of(FIRST), task.value());
        assertEquals(List.of(FIRST, SECOND), copy.value());
        copy.reset();
        assertTrue(copy.isZero());
        assertEquals(List.of(FIRST), task.value());
    }
}
