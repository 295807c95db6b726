package org.adainit.jobs.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class QubitLimitTest {

    @Test
    void aStateVectorTakesSixteenBytesPerAmplitude() {
        // 2^n amplitudes of two doubles: 2^(n+4) bytes, and 2^10 bytes per binary unit step.
        assertEquals("32 bytes", QubitLimit.stateVectorSize(1));
        assertEquals("16 KiB", QubitLimit.stateVectorSize(10));
        assertEquals("1 GiB", QubitLimit.stateVectorSize(26));
        assertEquals("16 GiB", QubitLimit.stateVectorSize(30));
        assertEquals("256 EiB", QubitLimit.stateVectorSize(64));
    }

    @Test
    void theLimitIsInclusiveAndTheMessageSaysWhy() {
        assertEquals(Optional.empty(), QubitLimit.problem(QubitLimit.MAX, 1));
        assertEquals(Optional.of("27 qubits need 2 GiB per state vector; the limit is 26"),
                QubitLimit.problem(27, 1));
        assertEquals(Optional.of("needs at least 2 qubits, got 1"), QubitLimit.problem(1, 2));
        InputException e = assertThrows(InputException.class, () -> QubitLimit.require(40, 1, "--qubits"));
        assertEquals("--qubits: 40 qubits need 16 TiB per state vector; the limit is 26", e.getMessage());
    }
}
