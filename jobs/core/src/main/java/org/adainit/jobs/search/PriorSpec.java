package org.adainit.jobs.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.adainit.simulator.init.BeInit;
import org.adainit.simulator.init.BetaInitialiser;
import org.adainit.simulator.init.GaInit;
import org.adainit.simulator.init.Initialiser;
import org.adainit.simulator.init.NormalInitialiser;
import org.adainit.simulator.init.UniformInitialiser;
import org.adainit.simulator.qnn.QnnShape;

/**
 * One prior of a grid's priors axis: a {@link PriorName family} and, when the grid sets them, its parameters (for
 * example U(0, 2π), PennyLane's default and McClean et al.'s law, or N(0, 0.5²)). The same law always gets the same
 * name and the same grid-hash identity, however it was written: parameters equal to the bare law's are dropped, and
 * laws with a short name ({@code uniform-2pi}) are named by it. Docs: docs/experiment-settings.md, "Priors".
 *
 * @param parameters empty for the bare law, else one value per {@link PriorName#parameterNames()}
 */
public record PriorSpec(PriorName family, List<Double> parameters) implements Serializable {

    private static final double TWO_PI = 2 * Math.PI;

    /** Short names of common laws. */
    private static final Map<String, PriorSpec> SHORT_NAMES = Map.of(
            "uniform-2pi", new PriorSpec(PriorName.UNIFORM, List.of(0.0, TWO_PI)),
            "uniform-pm-pi", new PriorSpec(PriorName.UNIFORM, List.of(-Math.PI, Math.PI)),
            "gainit-x4", new PriorSpec(PriorName.GAINIT, List.of(1.0, 4.0)));

    /** Checks the parameters against the family; the message names the offending parameter. */
    public PriorSpec {
        Objects.requireNonNull(family, "family");
        parameters = List.copyOf(parameters);
        if (parameters.equals(family.bareValues())) {
            parameters = List.of();
        }
        if (!parameters.isEmpty()) {
            List<String> names = family.parameterNames();
            if (parameters.size() != names.size()) {
                throw new IllegalArgumentException("prior " + family.externalName() + " takes "
                        + (names.isEmpty() ? "no parameters" : "all of " + String.join(", ", names)));
            }
            for (int i = 0; i < names.size(); i++) {
                if (!Double.isFinite(parameters.get(i))) {
                    throw new IllegalArgumentException(names.get(i) + " must be a finite number");
                }
            }
            checkRange(family, parameters);
        }
    }

    private static void checkRange(PriorName family, List<Double> p) {
        switch (family) {
            case UNIFORM -> require(p.get(1) > p.get(0), "high (" + p.get(1) + ") must be greater than low ("
                    + p.get(0) + ")");
            case NORMAL -> require(p.get(1) > 0, "std must be > 0, got " + p.get(1));
            case BETA -> require(p.get(0) > 0 && p.get(1) > 0,
                    "alpha and beta must be > 0, got " + p.get(0) + " and " + p.get(1));
            case GAINIT -> {
                require(p.get(0) >= 1 && p.get(0) == Math.rint(p.get(0)),
                        "locality must be a whole number >= 1, got " + p.get(0));
                require(p.get(1) > 0, "variance_factor must be > 0, got " + p.get(1));
            }
            case BEINIT -> { }
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The bare law of a family, what its name alone meant before priors took parameters. */
    public static PriorSpec of(PriorName family) {
        return new PriorSpec(family, List.of());
    }

    /** Every name a grid or {@code --prior} may give alone: the families, then the short names. */
    public static Map<String, PriorSpec> names() {
        Map<String, PriorSpec> names = new LinkedHashMap<>();
        for (PriorName family : PriorName.values()) {
            names.put(family.externalName(), of(family));
        }
        SHORT_NAMES.keySet().stream().sorted().forEach(name -> names.put(name, SHORT_NAMES.get(name)));
        return names;
    }

    /** Parses a name from {@link #names()}; the message lists them all. */
    public static PriorSpec parse(String text) {
        PriorSpec spec = names().get(text.strip().toLowerCase(Locale.ROOT));
        if (spec == null) {
            throw new IllegalArgumentException("unknown prior '" + text + "', allowed: "
                    + String.join(", ", names().keySet()));
        }
        return spec;
    }

    /**
     * The name in cell ids and tables: the family for the bare law, a short name where one exists, else the family
     * with each parameter, e.g. {@code normal-mean0-std0.5}.
     */
    public String externalName() {
        if (parameters.isEmpty()) {
            return family.externalName();
        }
        for (Map.Entry<String, PriorSpec> shortName : SHORT_NAMES.entrySet()) {
            if (shortName.getValue().equals(this)) {
                return shortName.getKey();
            }
        }
        StringBuilder name = new StringBuilder(family.externalName());
        for (int i = 0; i < parameters.size(); i++) {
            name.append('-').append(family.parameterNames().get(i)).append(plain(parameters.get(i)));
        }
        return name.toString();
    }

    /**
     * What the grid hash sees: the bare law hashes as the family constant did before priors took parameters, so
     * existing grids keep their hash; any other law hashes as its name, which is a function of the law.
     */
    @JsonValue
    public String identity() {
        return parameters.isEmpty() ? family.name() : externalName();
    }

    /** The inverse of {@link #identity()}, for outcome files that carry their cell. */
    @JsonCreator
    public static PriorSpec fromIdentity(String identity) {
        for (PriorName family : PriorName.values()) {
            if (family.name().equals(identity)) {
                return of(family);
            }
        }
        PriorSpec shortName = SHORT_NAMES.get(identity);
        if (shortName != null) {
            return shortName;
        }
        for (PriorName family : PriorName.values()) {
            List<String> names = family.parameterNames();
            if (names.isEmpty() || !identity.startsWith(family.externalName() + "-" + names.get(0))) {
                continue;
            }
            List<Double> values = new ArrayList<>();
            String rest = identity.substring(family.externalName().length());
            for (int i = 0; i < names.size(); i++) {
                rest = rest.substring(("-" + names.get(i)).length());
                int end = i + 1 < names.size() ? rest.indexOf("-" + names.get(i + 1)) : rest.length();
                values.add(Double.parseDouble(rest.substring(0, end)));
                rest = rest.substring(end);
            }
            return new PriorSpec(family, values);
        }
        throw new IllegalArgumentException("not a prior: '" + identity + "'");
    }

    /** The law for one structure and training split. */
    public Initialiser create(QnnShape shape, double[][] trainingFeatures) {
        return switch (family) {
            case UNIFORM -> parameters.isEmpty()
                    ? UniformInitialiser.standard()
                    : new UniformInitialiser(parameters.get(0), parameters.get(1));
            case NORMAL -> parameters.isEmpty()
                    ? NormalInitialiser.standard()
                    : new NormalInitialiser(parameters.get(0), parameters.get(1));
            case BETA -> {
                if (parameters.isEmpty()) {
                    BetaInitialiser fitted = BeInit.fit(trainingFeatures);
                    yield new BetaInitialiser(fitted.alpha(), fitted.beta());
                }
                yield new BetaInitialiser(parameters.get(0), parameters.get(1));
            }
            case GAINIT -> parameters.isEmpty()
                    ? GaInit.initialiser(shape.layers())
                    : GaInit.initialiser(shape.layers(), (int) Math.round(parameters.get(0)), parameters.get(1));
            case BEINIT -> BeInit.fit(trainingFeatures);
        };
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return externalName();
    }
}
