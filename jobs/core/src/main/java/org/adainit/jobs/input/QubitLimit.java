package org.adainit.jobs.input;

import java.math.BigInteger;
import java.util.Optional;

/**
 * The one limit on the number of qubits every command accepts, checked before anything is allocated. A state vector
 * of n qubits holds 2^n complex doubles, 16·2^n bytes: 1 GiB at 26 qubits, already a quarter of the launcher's default
 * heap; beyond it the simulator would exhaust the heap, and from 31 qubits 2^n no longer fits an array index.
 */
public final class QubitLimit {

    /** The largest width {@code bench} measured and the simulator's arrays take with the launcher's heap. */
    public static final int MAX = 26;

    private static final long BYTES_PER_AMPLITUDE = 16;
    private static final String[] UNITS = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"};

    private QubitLimit() {}

    /** Why {@code qubits} cannot be simulated, e.g. "30 qubits need 16 GiB per state vector; the limit is 26". */
    public static Optional<String> problem(int qubits, int min) {
        if (qubits < min) {
            return Optional.of("needs at least " + min + (min == 1 ? " qubit" : " qubits") + ", got " + qubits);
        }
        if (qubits > MAX) {
            return Optional.of(qubits + " qubits need " + stateVectorSize(qubits) + " per state vector; the limit is "
                    + MAX);
        }
        return Optional.empty();
    }

    /** Throws the {@link #problem} as a bad input that starts with {@code where}, e.g. "--qubits" or "FILE: field 'qubits'". */
    public static int require(int qubits, int min, String where) {
        problem(qubits, min).ifPresent(problem -> {
            throw new InputException(where + ": " + problem);
        });
        return qubits;
    }

    /** 16·2^n bytes in the largest binary unit that keeps a whole number, e.g. "16 GiB" for 30 qubits. */
    static String stateVectorSize(int qubits) {
        BigInteger bytes = BigInteger.valueOf(BYTES_PER_AMPLITUDE).shiftLeft(qubits);
        int unit = Math.min(UNITS.length - 1, (bytes.bitLength() - 1) / 10);
        return bytes.shiftRight(10 * unit) + " " + UNITS[unit];
    }
}
