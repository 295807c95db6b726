package org.adainit.jobs.search;

import java.nio.ByteBuffer;
import org.adainit.jobs.digest.Sha256;
import org.adainit.simulator.qnn.QnnParameters;

/** Short content hash of a θ0: equal hashes in two tables mean the same parameters, bit for bit. */
public final class ParameterFingerprint {

    /** Hex characters kept: 64 bits make accidental collisions within a study negligible. */
    static final int LENGTH = 16;

    private ParameterFingerprint() {}

    /** First {@value #LENGTH} hex digits of the SHA-256 of the flat values as big-endian IEEE-754 doubles. */
    public static String of(QnnParameters parameters) {
        double[] values = parameters.values();
        ByteBuffer bytes = ByteBuffer.allocate(Double.BYTES * values.length);
        for (double v : values) {
            bytes.putDouble(v);
        }
        return Sha256.hex(bytes.array()).substring(0, LENGTH);
    }
}
