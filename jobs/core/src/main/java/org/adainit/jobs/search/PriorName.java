package org.adainit.jobs.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.adainit.simulator.init.BeInit;
import org.adainit.simulator.init.BetaInitialiser;
import org.adainit.simulator.init.GaInit;
import org.adainit.simulator.init.Initialiser;
import org.adainit.simulator.init.NormalInitialiser;
import org.adainit.simulator.init.UniformInitialiser;
import org.adainit.simulator.qnn.QnnShape;

/**
 * The priors a search can name in its prompt (spec §0.4, §5): the paper's three "standard" laws and the Fig. 6
 * baselines' laws. The data-fitted ones are fitted to the training split the QNN sees (its angles after reduction
 * and scaling), because that is the data the prompt describes.
 */
public enum PriorName {
    /** U(0, 1). */
    UNIFORM,
    /** N(0, 1). */
    NORMAL,
    /** Beta(α̂, β̂) fitted to the training features as BeInit does: "standard beta" has no fixed shape. */
    BETA,
    /** GaInit's N(0, γ²), γ² = 1/(4(L+2)). */
    GAINIT,
    /** BeInit's fitted Beta, under its own name for the Fig. 6 tables. */
    BEINIT;

    /** The law for one structure and training split. */
    public Initialiser create(QnnShape shape, double[][] trainingFeatures) {
        return switch (this) {
            case UNIFORM -> UniformInitialiser.standard();
            case NORMAL -> NormalInitialiser.standard();
            case BETA -> {
                BetaInitialiser fitted = BeInit.fit(trainingFeatures);
                yield new BetaInitialiser(fitted.alpha(), fitted.beta());
            }
            case GAINIT -> GaInit.initialiser(shape.layers());
            case BEINIT -> BeInit.fit(trainingFeatures);
        };
    }

    /** Name in grid files, tables and on the command line, e.g. {@code gainit}. */
    public String externalName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an external name; the message lists the allowed values. */
    public static PriorName parse(String text) {
        for (PriorName p : values()) {
            if (p.externalName().equalsIgnoreCase(text.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown prior '" + text + "', allowed: "
                + Arrays.stream(values()).map(PriorName::externalName).collect(Collectors.joining(", ")));
    }
}
