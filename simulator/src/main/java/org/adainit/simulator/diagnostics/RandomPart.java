package org.adainit.simulator.diagnostics;

/** Which of V1 (before U_A) and V2 (after U_A) is the random circuit; the other is the identity. */
public enum RandomPart {
    V1_ONLY,
    V2_ONLY,
    BOTH;

    boolean v1Random() {
        return this != V2_ONLY;
    }

    boolean v2Random() {
        return this != V1_ONLY;
    }
}
