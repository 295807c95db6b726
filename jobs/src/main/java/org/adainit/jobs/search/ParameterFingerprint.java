package org.adainit.jobs.search;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes.array());
            return HexFormat.of().formatHex(digest).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
