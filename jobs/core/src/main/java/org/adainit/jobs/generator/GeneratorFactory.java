package org.adainit.jobs.generator;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.adainit.jobs.generator.embedded.EmbeddedGenerator;
import org.adainit.jobs.generator.embedded.ProposalSupport;
import org.adainit.jobs.generator.llm.LlmSettings;
import org.adainit.jobs.generator.llm.UsageMeter;
import org.adainit.jobs.generator.prior.PriorDrawGenerator;
import org.adainit.jobs.prompt.PromptTemplate;
import org.adainit.jobs.search.ParameterGenerator;
import org.adainit.jobs.search.PromptVariant;

/**
 * The one place that turns a generator's name into the generator: the grid's cells and the {@code search} command both
 * come here, so a new generator is added once.
 */
public final class GeneratorFactory {

    /**
     * What the {@code llm} and {@code replay} generators talk through; the caller owns it (command-line options, or a
     * grid's endpoint and a cell's sampling).
     *
     * @param meter shared by every generator of the command or executor JVM, so the caps hold across them
     * @param jitterSeed seeds the backoff jitter (delays only, never results)
     */
    public record LlmConnection(
            LlmSettings settings, PromptTemplate template, Path cacheDirectory, UsageMeter meter, long jitterSeed) {}

    private GeneratorFactory() {}

    /**
     * The generator {@code name}, proposing with the prompt {@code variant}. {@code llm} is asked only for the
     * {@code llm} and {@code replay} generators, so the offline ones need no endpoint. {@code support} reaches the
     * embedded generator, the only one that mutates. Callers close the generator.
     */
    public static ParameterGenerator create(GeneratorName name, PromptVariant variant, ProposalSupport support,
            Supplier<LlmConnection> llm) {
        return switch (name) {
            case EMBEDDED -> new EmbeddedGenerator(support);
            case RANDOM -> new PriorDrawGenerator();
            case LLM -> {
                LlmConnection c = llm.get();
                yield LlmGenerators.llm(c.settings(), c.template(), variant, c.cacheDirectory(), c.meter(),
                        c.jitterSeed());
            }
            case REPLAY -> {
                LlmConnection c = llm.get();
                yield LlmGenerators.replay(c.settings(), c.template(), variant, c.cacheDirectory());
            }
        };
    }
}
