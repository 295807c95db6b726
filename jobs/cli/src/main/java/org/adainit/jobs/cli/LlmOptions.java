package org.adainit.jobs.cli;

import org.adainit.jobs.input.InputException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.adainit.jobs.generator.GeneratorFactory.LlmConnection;
import org.adainit.jobs.generator.LlmGenerators;
import org.adainit.jobs.generator.llm.LlmSettings;
import org.adainit.jobs.generator.llm.PaperSampling;
import org.adainit.jobs.generator.llm.Pricing;
import org.adainit.jobs.generator.llm.RetryPolicy;
import org.adainit.jobs.generator.llm.StructuredOutput;
import org.adainit.jobs.generator.llm.UsageCaps;
import org.adainit.jobs.generator.llm.UsageMeter;
import org.adainit.jobs.prompt.PromptTemplate;
import picocli.CommandLine.Option;

/**
 * Options of the {@code llm} and {@code replay} generators, shared by every command that talks to an LLM
 * ({@code @Mixin LlmOptions llm;}). The API key is read from the environment variable {@code --api-key-env} names.
 */
public final class LlmOptions {

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "OpenAI-compatible base URL, e.g. https://api.openai.com/v1 or http://127.0.0.1:8000/v1")
    String endpoint;

    @Option(names = "--model", paramLabel = "NAME", description = "model name, e.g. gpt-4o")
    String model;

    @Option(names = "--temperature", description = "sampling temperature (default: the paper's value for the dataset,"
            + " else the endpoint's default)")
    Double temperature;

    @Option(names = "--top-p", description = "nucleus sampling top_p (default: as --temperature)")
    Double topP;

    @Option(names = "--llm-seed", description = "seed sent with every request (default: each search's own seed)")
    Long llmSeed;

    @Option(names = "--max-tokens", defaultValue = "4096", description = "max completion tokens per request")
    int maxTokens;

    @Option(names = "--timeout", defaultValue = "120", paramLabel = "SECONDS", description = "per HTTP attempt")
    double timeoutSeconds;

    @Option(names = "--api-key-env", defaultValue = LlmSettings.DEFAULT_API_KEY_ENV, paramLabel = "VAR",
            description = "environment variable holding the API key (default OPENAI_API_KEY)")
    String apiKeyEnv;

    @Option(names = "--structured-output", defaultValue = "auto", paramLabel = "auto|on|off",
            converter = StructuredOutputConverter.class,
            description = "send a strict JSON schema; auto drops it for good if the endpoint answers 400")
    StructuredOutput structuredOutput;

    @Option(names = "--retries", defaultValue = "5", description = "transport retries (timeouts, 429, 5xx)")
    int retries;

    @Option(names = "--backoff", defaultValue = "1", paramLabel = "SECONDS",
            description = "first backoff delay, doubled per retry, with jitter")
    double backoffSeconds;

    @Option(names = "--repair-budget", defaultValue = "4",
            description = "extra requests to repair an unusable reply (1 re-ask + 3 per-tensor)")
    int repairBudget;

    @Option(names = "--price-input", defaultValue = "2.50", paramLabel = "USD",
            description = "price per 1M input tokens (default: gpt-4o list price)")
    double priceInput;

    @Option(names = "--price-output", defaultValue = "10.00", paramLabel = "USD",
            description = "price per 1M output tokens (default: gpt-4o list price)")
    double priceOutput;

    @Option(names = "--max-total-tokens", description = "stop making requests once this many tokens were used")
    Long maxTotalTokens;

    @Option(names = "--max-cost", paramLabel = "USD", description = "stop making requests once this cost is reached")
    Double maxCost;

    @Option(names = "--requests-per-minute", defaultValue = "0", description = "rate limit (0: none)")
    int requestsPerMinute;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "LLM response cache (default ~/.cache/adainit/llm)")
    Path cacheDir;

    @Option(names = "--prompt-template", paramLabel = "FILE",
            description = "prompt template NAME.txt with NAME-feedback.txt beside it (default: the paper's prompt)")
    Path promptTemplate;

    /** Settings for a search on {@code dataset}, whose paper (temperature, top_p) apply unless given. */
    public LlmSettings settings(Optional<String> dataset) {
        if (endpoint == null) {
            throw new InputException("--endpoint is required to talk to an LLM (an OpenAI-compatible base URL)");
        }
        if (model == null) {
            throw new InputException("--model is required with --endpoint " + endpoint);
        }
        Optional<PaperSampling> paper = dataset.flatMap(PaperSampling::forDataset);
        OptionalDouble t = temperature != null ? OptionalDouble.of(temperature)
                : paper.map(p -> OptionalDouble.of(p.temperature())).orElse(OptionalDouble.empty());
        OptionalDouble p = topP != null ? OptionalDouble.of(topP)
                : paper.map(s -> OptionalDouble.of(s.topP())).orElse(OptionalDouble.empty());
        if (!LlmSettings.isVariableName(apiKeyEnv)) {
            throw new InputException("--api-key-env " + LlmSettings.API_KEY_ENV_RULE);
        }
        if (!(timeoutSeconds > 0) || !(backoffSeconds >= 0)) {
            throw new InputException("--timeout must be > 0 and --backoff >= 0 seconds");
        }
        Duration backoff = seconds(backoffSeconds);
        RetryPolicy retry;
        try {
            retry = new RetryPolicy(retries, backoff, backoff.compareTo(Duration.ofSeconds(60)) > 0
                    ? backoff : Duration.ofSeconds(60));
        } catch (IllegalArgumentException e) {
            throw new InputException("--retries/--backoff: " + e.getMessage());
        }
        Pricing pricing;
        try {
            pricing = new Pricing(priceInput, priceOutput);
        } catch (IllegalArgumentException e) {
            throw new InputException("--price-input/--price-output: " + e.getMessage());
        }
        return LlmSettings.of(endpoint, model)
                .withSampling(t, p)
                .withSeed(llmSeed == null ? OptionalLong.empty() : OptionalLong.of(llmSeed))
                .withLimits(maxTokens, seconds(timeoutSeconds))
                .withApiKeyEnv(apiKeyEnv)
                .withStructuredOutput(structuredOutput)
                .withRetry(retry, repairBudget)
                .withPricing(pricing);
    }

    private UsageMeter meter;

    /** One meter for everything opened from these options, so the caps bound the whole command. */
    public synchronized UsageMeter meter() {
        if (meter == null) {
            meter = new UsageMeter(caps());
        }
        return meter;
    }

    public UsageCaps caps() {
        try {
            return new UsageCaps(maxTotalTokens == null ? Long.MAX_VALUE : maxTotalTokens,
                    maxCost == null ? Double.POSITIVE_INFINITY : maxCost, requestsPerMinute);
        } catch (IllegalArgumentException e) {
            throw new InputException("--max-total-tokens/--max-cost/--requests-per-minute: " + e.getMessage());
        }
    }

    public Path cacheDirectory() {
        return cacheDir != null ? cacheDir : LlmGenerators.defaultCacheDirectory();
    }

    public PromptTemplate template() {
        return promptTemplate != null ? PromptTemplate.fromFile(promptTemplate) : PromptTemplate.bundled();
    }

    /**
     * What the {@code llm} and {@code replay} generators of a search on {@code dataset} talk through; {@code seed}
     * seeds the backoff jitter.
     */
    public LlmConnection connection(String dataset, long seed) {
        return new LlmConnection(settings(Optional.of(dataset)), template(), cacheDirectory(), meter(), seed);
    }

    private static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    /** Lets picocli print the allowed values on a typo instead of a stack trace. */
    static final class StructuredOutputConverter implements picocli.CommandLine.ITypeConverter<StructuredOutput> {
        @Override
        public StructuredOutput convert(String value) {
            try {
                return StructuredOutput.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
