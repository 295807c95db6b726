package org.adainit.jobs.diagnosis;

import java.io.Serializable;
import java.util.Locale;

/**
 * A circuit depth as grids and options write it: a fixed number of layers ({@code 40}) or a multiple of the qubit
 * count ({@code 10n}, McClean's and Zhang's "about 10n layers").
 */
public record DepthRule(int value, boolean perQubit) implements Serializable {

    public DepthRule {
        if (value < 1) {
            throw new IllegalArgumentException("a depth needs at least one layer, got " + value);
        }
    }

    /**
     * Reads {@code 40} or {@code 10n}.
     *
     * @throws IllegalArgumentException naming what was wrong, for the caller to put the field or option in front
     */
    public static DepthRule parse(String text) {
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        boolean perQubit = trimmed.endsWith("n");
        String number = perQubit ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        int value;
        try {
            value = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            value = 0;
        }
        if (value < 1 || value > 10_000) {
            throw new IllegalArgumentException("must be a number of layers in 1..10000 or '<k>n' (k times the qubit "
                    + "count), got '" + text + "'");
        }
        return new DepthRule(value, perQubit);
    }

    public int layers(int qubits) {
        return perQubit ? value * qubits : value;
    }

    /** The rule as written: {@code 10n} or {@code 40}; the series name of its points in the tables. */
    public String label() {
        return perQubit ? value + "n" : Integer.toString(value);
    }

    @Override
    public String toString() {
        return label();
    }
}
