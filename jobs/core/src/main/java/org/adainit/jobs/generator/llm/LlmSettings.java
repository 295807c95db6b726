package org.adainit.jobs.generator.llm;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.adainit.jobs.input.InputException;
import org.adainit.simulator.seed.Seeds;

/**
 * How the {@code llm} generator talks to an OpenAI-compatible endpoint. Holds the name of the environment variable
 * with the API key, never the key itself, so settings can be logged and stored.
 *
 * @param endpoint base URL ending in {@code /v1}, e.g. {@code https://api.openai.com/v1} or a local server
 * @param temperature absent: the endpoint's default
 * @param topP absent: the endpoint's default
 * @param seed base of the seeds sent to the endpoint; absent: the search's own cell seed. Each iteration sends a
 *     different seed derived from it (see {@link #requestSeed}), so repeats differ and each is reproducible where the
 *     endpoint honours seeds
 * @param maxTokens cap on completion tokens per request (the largest θ0 of the paper's grids, 246 numbers, needs about
 *     2,000)
 * @param timeout per HTTP attempt; a slower reply counts as a failed attempt and is retried
 * @param apiKeyEnv environment variable holding the API key; a local endpoint may need none
 * @param repairBudget extra requests the repair ladder may make for one θ0 (1 re-ask + 3 per-tensor = 4 runs it whole)
 */
public record LlmSettings(
        String endpoint,
        String model,
        OptionalDouble temperature,
        OptionalDouble topP,
        OptionalLong seed,
        int maxTokens,
        Duration timeout,
        String apiKeyEnv,
        StructuredOutput structuredOutput,
        RetryPolicy retry,
        int repairBudget,
        Pricing pricing) {

    public static final String DEFAULT_API_KEY_ENV = "OPENAI_API_KEY";

    public LlmSettings {
        endpoint = normaliseEndpoint(endpoint);
        if (model == null || model.isBlank()) {
            throw new InputException("--model: a model name is required with --endpoint " + endpoint);
        }
        if (temperature.isPresent() && !(temperature.getAsDouble() >= 0 && temperature.getAsDouble() <= 2)) {
            throw new InputException("--temperature must be in [0, 2], got " + temperature.getAsDouble());
        }
        if (topP.isPresent() && !(topP.getAsDouble() > 0 && topP.getAsDouble() <= 1)) {
            throw new InputException("--top-p must be in (0, 1], got " + topP.getAsDouble());
        }
        if (maxTokens < 1) {
            throw new InputException("--max-tokens must be >= 1, got " + maxTokens);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new InputException("--timeout must be positive, got " + timeout);
        }
        if (repairBudget < 0) {
            throw new InputException("--repair-budget must be >= 0, got " + repairBudget);
        }
    }

    /** The defaults: endpoint sampling, 4,096 max tokens, 120 s timeout, structured output auto, full repair ladder. */
    public static LlmSettings of(String endpoint, String model) {
        return new LlmSettings(endpoint, model, OptionalDouble.empty(), OptionalDouble.empty(), OptionalLong.empty(),
                4096, Duration.ofSeconds(120), DEFAULT_API_KEY_ENV, StructuredOutput.AUTO, RetryPolicy.DEFAULT, 4,
                Pricing.GPT_4O);
    }

    public LlmSettings withSampling(OptionalDouble newTemperature, OptionalDouble newTopP) {
        return new LlmSettings(endpoint, model, newTemperature, newTopP, seed, maxTokens, timeout, apiKeyEnv,
                structuredOutput, retry, repairBudget, pricing);
    }

    public LlmSettings withSeed(OptionalLong newSeed) {
        return new LlmSettings(endpoint, model, temperature, topP, newSeed, maxTokens, timeout, apiKeyEnv,
                structuredOutput, retry, repairBudget, pricing);
    }

    public LlmSettings withLimits(int newMaxTokens, Duration newTimeout) {
        return new LlmSettings(endpoint, model, temperature, topP, seed, newMaxTokens, newTimeout, apiKeyEnv,
                structuredOutput, retry, repairBudget, pricing);
    }

    /**
     * What a value that is not a variable name is told. It never repeats the value: a key pasted where the variable's
     * name belongs would otherwise be printed.
     */
    public static final String API_KEY_ENV_RULE = "must name an environment variable (letters, digits and '_', not "
            + "starting with a digit); the value given is not repeated in case it is the key itself";

    /** True for a name {@code apiKeyEnv} can hold. */
    public static boolean isVariableName(String value) {
        return value.matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    public LlmSettings withApiKeyEnv(String newApiKeyEnv) {
        return new LlmSettings(endpoint, model, temperature, topP, seed, maxTokens, timeout, newApiKeyEnv,
                structuredOutput, retry, repairBudget, pricing);
    }

    public LlmSettings withStructuredOutput(StructuredOutput newMode) {
        return new LlmSettings(endpoint, model, temperature, topP, seed, maxTokens, timeout, apiKeyEnv, newMode,
                retry, repairBudget, pricing);
    }

    public LlmSettings withRetry(RetryPolicy newRetry, int newRepairBudget) {
        return new LlmSettings(endpoint, model, temperature, topP, seed, maxTokens, timeout, apiKeyEnv,
                structuredOutput, newRetry, newRepairBudget, pricing);
    }

    public LlmSettings withPricing(Pricing newPricing) {
        return new LlmSettings(endpoint, model, temperature, topP, seed, maxTokens, timeout, apiKeyEnv,
                structuredOutput, retry, repairBudget, newPricing);
    }

    /**
     * The seed sent with the requests of iteration {@code iteration} of the search whose cell seed is
     * {@code cellSeed}. It changes with the iteration because after a rejection the prompt does not change, and an
     * endpoint that honours seeds would otherwise repeat its last reply for the rest of the search. Kept in
     * [0, 2^31) because some servers (llama.cpp) read it as a 32-bit integer.
     */
    public long requestSeed(long cellSeed, int iteration) {
        return Seeds.derive(seed.orElse(cellSeed), iteration) >>> 33;
    }

    /** Trailing slashes dropped, so that the same endpoint always gives the same cache keys. */
    private static String normaliseEndpoint(String url) {
        if (url == null || url.isBlank()) {
            throw new InputException("--endpoint: an OpenAI-compatible base URL is required, e.g. http://127.0.0.1:8000/v1");
        }
        String trimmed = url.trim().replaceAll("/+$", "");
        try {
            URI uri = new URI(trimmed);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new InputException("--endpoint '" + url + "' is not an http(s) URL with a host");
            }
        } catch (URISyntaxException e) {
            throw new InputException("--endpoint '" + url + "' is not a valid URL: " + e.getReason());
        }
        return trimmed;
    }
}
