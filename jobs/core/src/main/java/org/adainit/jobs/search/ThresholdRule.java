package org.adainit.jobs.search;

import java.util.Locale;
import org.adainit.simulator.qnn.QnnShape;

/**
 * The acceptance threshold of Algorithm 1 (line 7): an expected improvement Δ is accepted only when it exceeds this
 * value. The paper uses 1/(2^{2N}·T); 1/(2^N·T) follows McClean's measured 2^{−N} decay instead (docs/search.md).
 */
public sealed interface ThresholdRule {

    /** The paper's rule, 1/(2^{2N}·T): 1.25e-3 at N = 2, T = 50. */
    ThresholdRule PAPER = new PowerOfTwo(2);

    double threshold(QnnShape shape, int iterations);

    /** Name used on the command line and in tables: {@code paper}, {@code mcclean} or the fixed number. */
    String externalName();

    /** 1/(2^{k·N}·T). */
    record PowerOfTwo(int exponentPerQubit) implements ThresholdRule {

        public PowerOfTwo {
            if (exponentPerQubit != 1 && exponentPerQubit != 2) {
                throw new IllegalArgumentException("exponent per qubit must be 1 or 2, got " + exponentPerQubit);
            }
        }

        @Override
        public double threshold(QnnShape shape, int iterations) {
            return 1.0 / (Math.pow(2.0, exponentPerQubit * shape.qubits()) * iterations);
        }

        @Override
        public String externalName() {
            return exponentPerQubit == 2 ? "paper" : "mcclean";
        }
    }

    /** The same threshold for every structure. */
    record Fixed(double value) implements ThresholdRule {

        public Fixed {
            if (!(value >= 0) || !Double.isFinite(value)) {
                throw new IllegalArgumentException("a fixed threshold must be a finite number >= 0, got " + value);
            }
        }

        @Override
        public double threshold(QnnShape shape, int iterations) {
            return value;
        }

        @Override
        public String externalName() {
            return Double.toString(value);
        }
    }

    /** Parses {@code paper}, {@code mcclean} or a non-negative number; the message lists what is allowed. */
    static ThresholdRule parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "paper":
                return PAPER;
            case "mcclean":
                return new PowerOfTwo(1);
            default:
                try {
                    return new Fixed(Double.parseDouble(t));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("threshold '" + text
                            + "' is not one of paper (1/(2^2N*T)), mcclean (1/(2^N*T)) or a number >= 0");
                }
        }
    }
}
