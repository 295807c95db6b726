package org.adainit.jobs.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.adainit.jobs.input.InputException;
import org.junit.jupiter.api.Test;

class ImputerTest {

    private static final double NAN = Double.NaN;
    private static final List<Feature> FEATURES = List.of(
            Feature.complete("Pclass"),
            new Feature("Age", MissingValueFill.TRAIN_MEDIAN),
            new Feature("Embarked", MissingValueFill.TRAIN_MODE));

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwoAndModeTiesGoToTheSmallestCode() {
        double[][] train = {
            {3, 22, 0}, {1, NAN, 1}, {3, 40, 1}, {2, 26, 0}, {3, 35, NAN}, {1, 19, 2}
        };
        Imputer imputer = Imputer.fit(train, FEATURES);

        // Known ages 19, 22, 26, 35, 40: median 26. Embarked codes 0, 1, 1, 0, 2: 0 and 1 tie, 0 wins.
        assertArrayEquals(new double[] {NAN, 26, 0}, imputer.fills());
        Imputer even = Imputer.fit(new double[][] {{1, 20, 1}, {1, 30, 1}, {1, 24, 2}, {1, 28, 2}}, FEATURES);
        assertEquals(26, even.fills()[1]);
        assertEquals(1, even.fills()[2]);
    }

    @Test
    void fillsOnlyMissingCellsAndLeavesItsInputAlone() {
        double[][] rows = {{3, NAN, NAN}, {1, 50, 2}};
        Imputer imputer = Imputer.fit(new double[][] {{1, 30, 1}, {2, 40, 1}, {3, 10, 2}}, FEATURES);

        double[][] filled = imputer.apply(rows);

        assertArrayEquals(new double[] {3, 30, 1}, filled[0]);
        assertArrayEquals(new double[] {1, 50, 2}, filled[1]);
        assertEquals(NAN, rows[0][1]);
    }

    @Test
    void aColumnWithNoTrainingValueCannotBeFilled() {
        InputException e = assertThrows(InputException.class,
                () -> Imputer.fit(new double[][] {{1, NAN, 0}, {2, NAN, 1}}, FEATURES));
        assertEquals("cannot fill missing Age: no training row has a value", e.getMessage());
    }
}
