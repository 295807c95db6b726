package org.adainit.jobs.pipeline;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.adainit.jobs.generator.GeneratorFactory;
import org.adainit.jobs.generator.GeneratorFactory.LlmConnection;
import org.adainit.jobs.generator.LlmGenerators;
import org.adainit.jobs.generator.llm.LlmSettings;
import org.adainit.jobs.generator.llm.UsageCaps;
import org.adainit.jobs.generator.llm.UsageMeter;
import org.adainit.jobs.grid.BudgetSpec;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.grid.LlmSpec;
import org.adainit.jobs.prompt.PromptTemplate;
import org.adainit.jobs.search.ParameterGenerator;
import org.adainit.simulator.seed.Seeds;

/**
 * Builds the generator of an AdaInit cell on the executor that runs it. The {@code llm} and {@code replay} generators
 * use the grid's endpoint and model, the cell's (temperature, top_p), the bundled prompt template and the response
 * cache ({@code llm.cache_dir}, by default per user on each executor host); LLM usage is metered per executor JVM
 * against the grid's token and cost budget.
 */
final class Generators implements Serializable {

    /**
     * One meter per launch of a grid and executor JVM, shared by all the cells the launch runs there, so the caps hold
     * across them. A resident driver (submit/adainit's daemon) runs many launches in one JVM: each starts from zero,
     * as in a fresh JVM.
     */
    private static final Map<String, UsageMeter> METERS = new ConcurrentHashMap<>();

    private final LlmSpec llm;
    private final BudgetSpec budget;
    private final String meterKey;

    /** Made once per launch, on the driver; its executors' copies share the launch's meter. */
    Generators(LlmSpec llm, BudgetSpec budget, String gridHash) {
        this.llm = llm;
        this.budget = budget;
        this.meterKey = gridHash + " " + budget + " " + UUID.randomUUID();
    }

    ParameterGenerator create(Cell cell) {
        return GeneratorFactory.create(cell.method().generator(), cell.method().prompt(), cell.method().support(),
                () -> connection(cell));
    }

    private LlmConnection connection(Cell cell) {
        LlmSettings settings = LlmSettings.of(llm.endpoint(), llm.model())
                .withApiKeyEnv(llm.apiKeyEnv())
                .withSampling(OptionalDouble.of(cell.sampling().temperature()), OptionalDouble.of(cell.sampling().topP()));
        Path cache = llm.cacheDirectory() == null ? LlmGenerators.defaultCacheDirectory() : Path.of(llm.cacheDirectory());
        return new LlmConnection(settings, PromptTemplate.bundled(), cache, meter(),
                Seeds.derive(cell.cellSeed(), "llm-backoff"));
    }

    UsageMeter meter() {
        return METERS.computeIfAbsent(meterKey,
                key -> new UsageMeter(new UsageCaps(budget.maxTokens(), budget.maxCostUsd(), 0)));
    }
}
