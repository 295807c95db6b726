package org.adainit.jobs.diagnosis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.adainit.simulator.diagnostics.LandscapeDirections.Scope;
import org.adainit.simulator.qnn.QnnShape;
import org.junit.jupiter.api.Test;

class ParameterNameTest {

    private static final QnnShape SHAPE = new QnnShape(4, 2, 2);

    @Test
    void namesMapToTheFlatLayout() {
        assertEquals(0, ParameterName.index(SHAPE, "l0[0,0,0]"));
        assertEquals(SHAPE.l0Index(1, 3, 2), ParameterName.index(SHAPE, " l0[1, 3, 2] "));
        assertEquals(SHAPE.l1Index(1, 2), ParameterName.index(SHAPE, "l1[1,2]"));
        assertEquals(SHAPE.l2Index(1), ParameterName.index(SHAPE, "l2[1]"));
    }

    @Test
    void badNamesSayWhatIsWrong() {
        assertEquals("'l0[2,0,0]': index 0 must be below 2 for QnnShape[qubits=4, layers=2, classes=2]",
                assertThrows(IllegalArgumentException.class, () -> ParameterName.index(SHAPE, "l0[2,0,0]"))
                        .getMessage());
        assertEquals("'l1[0]': l1 takes 2 indices",
                assertThrows(IllegalArgumentException.class, () -> ParameterName.index(SHAPE, "l1[0]")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ParameterName.index(SHAPE, "theta"));
        assertThrows(IllegalArgumentException.class, () -> ParameterName.index(SHAPE, "l2[99999999999]"));
    }

    @Test
    void chosenDirectionsAreUnitAxesAndRandomOnesAreLabelledBySeed() {
        LandscapeRequest chosen = new LandscapeRequest(1.0, 5, "l0[0,1,0]", "l2[0]", Scope.CIRCUIT, 0);
        double[][] d = chosen.directions(SHAPE);
        double[] expected = new double[SHAPE.parameterCount()];
        expected[SHAPE.l0Index(0, 1, 0)] = 1;
        assertArrayEquals(expected, d[0]);
        assertArrayEquals(new String[] {"l0[0,1,0]", "l2[0]"}, chosen.labels());
        LandscapeRequest random = new LandscapeRequest(1.0, 5, null, null, Scope.ALL, 42);
        assertArrayEquals(new String[] {"random-all-42-a", "random-all-42-b"}, random.labels());
        assertThrows(IllegalArgumentException.class,
                () -> new LandscapeRequest(1.0, 5, "l2[0]", "l2[0]", Scope.ALL, 0).directions(SHAPE));
    }
}
