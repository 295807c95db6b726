package org.adainit.jobs.search;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.adainit.jobs.names.ExternalNames;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Where the classical head (l1, l2) of every θ0 that is trained comes from: the prior draw or the generator's proposal
 * ({@code prior}, the paper's setting, spec §5), PyTorch's {@code nn.Linear} default ({@code torch-default}), or given
 * values ({@code fixed}). The last two take the head out of what a search can change, so a gain in the gradient
 * variance cannot come from a larger head. Docs: docs/experiment-settings.md, "The head".
 *
 * @param l1 for {@code fixed}: one row per class, each either one value for every wire or one value per wire
 * @param l2 for {@code fixed}: one bias per class
 */
public record HeadInitialisation(Mode mode, List<List<Double>> l1, List<Double> l2) implements Serializable {

    /** The paper's setting: the head comes with θ0. */
    public static final HeadInitialisation PRIOR = new HeadInitialisation(Mode.PRIOR, List.of(), List.of());

    /** The modes, by their names in grid files and tables. */
    public enum Mode {
        PRIOR,
        /**
         * PyTorch's {@code nn.Linear(N, C)} reset_parameters: weights by kaiming_uniform with a = √5 and the bias
         * alike, both U(−1/√fan_in, 1/√fan_in) with fan_in = N, the number of ⟨Z_i⟩ the head reads.
         */
        TORCH_DEFAULT,
        FIXED;

        public String externalName() {
            return ExternalNames.of(this);
        }
    }

    public HeadInitialisation {
        Objects.requireNonNull(mode, "mode");
        l1 = l1.stream().map(List::copyOf).toList();
        l2 = List.copyOf(l2);
        if ((mode == Mode.FIXED) == (l1.isEmpty() || l2.isEmpty())) {
            throw new IllegalArgumentException("l1 and l2 go with the fixed head and only with it");
        }
        if (mode == Mode.FIXED && l1.size() != l2.size()) {
            throw new IllegalArgumentException("l1 has " + l1.size() + " rows but l2 " + l2.size() + " biases");
        }
    }

    public static HeadInitialisation torchDefault() {
        return new HeadInitialisation(Mode.TORCH_DEFAULT, List.of(), List.of());
    }

    public String externalName() {
        return mode.externalName();
    }

    /** Why these fixed values cannot be the head of {@code shape}, or null when they can. */
    public String mismatch(QnnShape shape) {
        if (mode != Mode.FIXED) {
            return null;
        }
        if (l1.size() != shape.classes()) {
            return "has " + l1.size() + " rows, the head has " + shape.classes() + " classes";
        }
        for (List<Double> row : l1) {
            if (row.size() != 1 && row.size() != shape.qubits()) {
                return "has a row of " + row.size() + " values; give one value or one per qubit (" + shape.qubits()
                        + ")";
            }
        }
        return null;
    }

    /**
     * θ0 with its head set by this rule: {@code theta0} itself under {@code prior}, else a copy. {@code seed} drives
     * the torch-default draw.
     */
    public QnnParameters apply(QnnParameters theta0, long seed) {
        if (mode == Mode.PRIOR) {
            return theta0;
        }
        QnnShape shape = theta0.shape();
        String problem = mismatch(shape);
        if (problem != null) {
            throw new IllegalArgumentException("the fixed head " + problem);
        }
        QnnParameters headed = theta0.copy();
        double[] values = headed.values();
        RandomGenerator random = new Well19937c(seed);
        double bound = 1.0 / Math.sqrt(shape.qubits());
        for (int c = 0; c < shape.classes(); c++) {
            for (int w = 0; w < shape.qubits(); w++) {
                values[shape.l1Index(c, w)] = mode == Mode.FIXED
                        ? l1.get(c).get(l1.get(c).size() == 1 ? 0 : w)
                        : bound * (2 * random.nextDouble() - 1);
            }
        }
        for (int c = 0; c < shape.classes(); c++) {
            values[shape.l2Index(c)] = mode == Mode.FIXED ? l2.get(c) : bound * (2 * random.nextDouble() - 1);
        }
        return headed;
    }
}
