package org.adainit.jobs.grid;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import org.adainit.jobs.generator.GeneratorName;
import org.adainit.jobs.generator.embedded.ProposalSupport;
import org.adainit.jobs.search.PromptVariant;

/**
 * One method variant of a grid's methods axis: a baseline, or AdaInit with a generator, a prompt variant and, for
 * Fig. 7, explicit sampling settings.
 *
 * @param generator null for the baselines
 * @param prompt null for the baselines
 * @param sampling explicit (temperature, top_p); null means the grid's per-dataset {@code llm.sampling}, or none for
 *     generators that do not sample
 * @param draws K of {@code init-ensemble}, null for every other method (and then absent from the grid hash, so grids
 *     written before the ensemble existed keep their hash)
 * @param support where the embedded generator's mutations may land; {@code free} for the other generators, null for
 *     the methods without one. In the grid hash only when not {@code free} ({@link GridJson}), so grids written before
 *     the option keep their hash
 */
public record MethodSpec(Method method, GeneratorName generator, PromptVariant prompt, Sampling sampling,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer draws,
        @JsonInclude(JsonInclude.Include.NON_NULL) ProposalSupport support) implements Serializable {

    /** K when a grid names {@code init-ensemble} without {@code draws}. */
    public static final int DEFAULT_DRAWS = 100;

    public MethodSpec {
        Objects.requireNonNull(method, "method");
        if (method.singleTraining() != (generator == null) || (generator == null) != (prompt == null)) {
            throw new IllegalArgumentException("a generator and a prompt variant go with adainit and only with it");
        }
        if (sampling != null && !samples(generator)) {
            throw new IllegalArgumentException("generator " + generator.externalName() + " takes no sampling settings");
        }
        if ((method == Method.INIT_ENSEMBLE) != (draws != null)) {
            throw new IllegalArgumentException("draws go with init-ensemble and only with it");
        }
        if (generator != null && support == null) {
            // outcome files written before the option existed
            support = ProposalSupport.FREE;
        }
        if (generator == null && support != null) {
            throw new IllegalArgumentException("a proposal support goes with adainit and only with it");
        }
        if (support == ProposalSupport.PRIOR && generator != GeneratorName.EMBEDDED) {
            throw new IllegalArgumentException("support: prior applies to the embedded generator only");
        }
    }

    public static MethodSpec baseline(Method method) {
        return new MethodSpec(method, null, null, null, method == Method.INIT_ENSEMBLE ? DEFAULT_DRAWS : null, null);
    }

    public static MethodSpec ensemble(int draws) {
        return new MethodSpec(Method.INIT_ENSEMBLE, null, null, null, draws, null);
    }

    public static MethodSpec adaInit(
            GeneratorName generator, PromptVariant prompt, Sampling sampling, ProposalSupport support) {
        return new MethodSpec(Method.ADAINIT, generator, prompt, sampling, null, support);
    }

    /** True for the generators that temperature and top_p reach: {@code llm} and {@code replay}. */
    public static boolean samples(GeneratorName generator) {
        return generator == GeneratorName.LLM || generator == GeneratorName.REPLAY;
    }

    /** True when this variant's generator samples (see {@link #samples(GeneratorName)}). */
    public boolean samples() {
        return generator != null && samples(generator);
    }

    /**
     * The variant's name in cell ids and tables: {@code classic}, {@code adainit-embedded},
     * {@code adainit-llm-no-feedback}, {@code adainit-llm-t0.5-p0.9}, {@code adainit-embedded-prior-support}. The full
     * prompt and the free support are the defaults and not named, so ids made before the support option stay; a
     * replay is named as the llm variant it replays ({@link GeneratorName#recordedAs()}).
     */
    public String label() {
        if (draws != null) {
            return method.externalName() + "-k" + draws;
        }
        if (generator == null) {
            return method.externalName();
        }
        StringBuilder label = new StringBuilder(method.externalName()).append('-').append(generator.recordedAs().externalName());
        if (prompt != PromptVariant.FULL) {
            label.append('-').append(prompt.externalName());
        }
        if (sampling != null) {
            label.append("-t").append(plain(sampling.temperature())).append("-p").append(plain(sampling.topP()));
        }
        if (support != ProposalSupport.FREE) {
            label.append('-').append(support.externalName()).append("-support");
        }
        return label.toString();
    }

    /** This variant as its results are recorded ({@link GeneratorName#recordedAs()}). */
    MethodSpec recorded() {
        return generator == null ? this : withGenerator(generator.recordedAs());
    }

    /**
     * The same variant with another generator; sampling settings survive only if the new generator samples, the
     * support only if it is the embedded one.
     */
    MethodSpec withGenerator(GeneratorName replacement) {
        if (generator == null) {
            return this;
        }
        return adaInit(replacement, prompt, samples(replacement) ? sampling : null,
                replacement == GeneratorName.EMBEDDED ? support : ProposalSupport.FREE);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
