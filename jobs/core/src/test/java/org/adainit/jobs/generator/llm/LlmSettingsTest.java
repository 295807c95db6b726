package org.adainit.jobs.generator.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.adainit.jobs.input.InputException;
import org.junit.jupiter.api.Test;

class LlmSettingsTest {

    @Test
    void requestSeedsDifferPerIterationFitIn31BitsAndFollowAFixedBase() {
        LlmSettings cellSeeded = LlmSettings.of("http://127.0.0.1:8000/v1/", "m");
        Set<Long> seen = new HashSet<>();
        for (int t = 1; t <= 50; t++) {
            long s = cellSeeded.requestSeed(7, t);
            assertTrue(s >= 0 && s < (1L << 31), "seed " + s);
            seen.add(s);
        }
        assertEquals(50, seen.size());
        assertNotEquals(cellSeeded.requestSeed(7, 1), cellSeeded.requestSeed(8, 1), "cells differ");

        LlmSettings fixed = cellSeeded.withSeed(OptionalLong.of(99));
        assertEquals(fixed.requestSeed(7, 3), fixed.requestSeed(8, 3), "a fixed base ignores the cell");
    }

    @Test
    void endpointIsNormalisedAndBadValuesNameTheirOption() {
        assertEquals("http://127.0.0.1:8000/v1", LlmSettings.of("http://127.0.0.1:8000/v1//", "m").endpoint());
        InputException url = assertThrows(InputException.class, () -> LlmSettings.of("127.0.0.1:8000", "m"));
        assertTrue(url.getMessage().startsWith("--endpoint"), url.getMessage());
        InputException topP = assertThrows(InputException.class, () -> LlmSettings.of("http://h/v1", "m")
                .withSampling(OptionalDouble.of(0.5), OptionalDouble.of(1.5)));
        assertTrue(topP.getMessage().startsWith("--top-p"), topP.getMessage());
    }
}
