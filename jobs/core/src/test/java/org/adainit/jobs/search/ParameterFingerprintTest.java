package org.adainit.jobs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.junit.jupiter.api.Test;

class ParameterFingerprintTest {

    private static final QnnShape SHAPE = new QnnShape(2, 1, 2);

    private static QnnParameters ramp() {
        double[] values = new double[SHAPE.parameterCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = 0.1 * i;
        }
        return new QnnParameters(SHAPE, values);
    }

    @Test
    void equalParametersHaveEqualShortHexHashes() {
        String hash = ParameterFingerprint.of(ramp());
        assertEquals(hash, ParameterFingerprint.of(ramp().copy()));
        assertEquals(ParameterFingerprint.LENGTH, hash.length());
        assertTrue(hash.matches("[0-9a-f]+"), hash);
    }

    @Test
    void oneUlpChangesTheHash() {
        QnnParameters moved = ramp();
        moved.values()[5] = Math.nextUp(moved.values()[5]);
        assertNotEquals(ParameterFingerprint.of(ramp()), ParameterFingerprint.of(moved));
    }

    @Test
    void matchesSha256OfBigEndianDoubles() {
        // sha256sum of the bytes 3F F0 00 00 00 00 00 00 (1.0) followed by 48 zero bytes (six 0.0).
        QnnParameters one = new QnnParameters(new QnnShape(1, 1, 2), new double[] {1, 0, 0, 0, 0, 0, 0});
        assertEquals("badc45e9cab6bd83", ParameterFingerprint.of(one));
    }
}
