package org.adainit.jobs.pipeline;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.adainit.jobs.generator.LlmGenerators;
import org.adainit.jobs.generator.embedded.EmbeddedGenerator;
import org.adainit.jobs.generator.llm.LlmSettings;
import org.adainit.jobs.generator.llm.UsageCaps;
import org.adainit.jobs.generator.llm.UsageMeter;
import org.adainit.jobs.generator.prior.PriorDrawGenerator;
import org.adainit.jobs.grid.BudgetSpec;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.grid.LlmSpec;
import org.adainit.jobs.prompt.PromptTemplate;
import org.adainit.jobs.search.ParameterGenerator;
import org.adainit.simulator.seed.Seeds;

/**
 * Builds the generator of an AdaInit cell on the executor that runs it. The {@code llm} and {@code replay} generators
 * use the grid's endpoint and model, the cell's (temperature, top_p), the bundled prompt template and the response
 * cache ({@code llm.cache_dir}, by default per user on each executor host); LLM usage is metered per executor JVM against the grid's token and cost budget.
 */
final class Generators implements Serializable {

    /** One meter per grid, budget and executor JVM, shared by all cells it runs, so the caps hold across them. */
    private static final Map<String, UsageMeter> METERS = new ConcurrentHashMap<>();

    private final LlmSpec llm;
    private final BudgetSpec budget;
    private final String meterKey;

    Generators(LlmSpec llm, BudgetSpec budget, String gridHash) {
        this.llm = llm;
        this.budget = budget;
        this.meterKey = gridHash + " " + budget;
    }

    ParameterGenerator create(Cell cell) {
        return switch (cell.method().generator()) {
            case EMBEDDED -> new EmbeddedGenerator();
            case RANDOM -> new PriorDrawGenerator();
            case LLM -> LlmGenerators.llm(settings(cell), PromptTemplate.bundled(), cell.method().prompt(),
                    cacheDirectory(), meter(), Seeds.derive(cell.cellSeed(), "llm-backoff"));
            case REPLAY -> LlmGenerators.replay(settings(cell), PromptTemplate.bundled(), cell.method().prompt(),
                    cacheDirectory());
        };
    }

    private LlmSettings settings(Cell cell) {
        return LlmSettings.of(llm.endpoint(), llm.model())
                .withApiKeyEnv(llm.apiKeyEnv())
                .withSampling(OptionalDouble.of(cell.sampling().temperature()), OptionalDouble.of(cell.sampling().topP()));
    }

    private Path cacheDirectory() {
        return llm.cacheDirectory() == null ? LlmGenerators.defaultCacheDirectory() : Path.of(llm.cacheDirectory());
    }

    private UsageMeter meter() {
        return METERS.computeIfAbsent(meterKey,
                key -> new UsageMeter(new UsageCaps(budget.maxTokens(), budget.maxCostUsd(), 0)));
    }
}
