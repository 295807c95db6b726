package org.adainit.jobs.generator;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The generators a grid cell or the command line can choose (docs/search.md, docs/llm.md). Only the names live here:
 * building an {@code llm} or {@code replay} generator needs endpoint settings that the caller owns.
 */
public enum GeneratorName {
    /** An LLM behind an OpenAI-compatible endpoint. */
    LLM,
    /** The offline adaptive sampler, not an LLM; the default without an endpoint. */
    EMBEDDED,
    /** Best of T prior draws: the same-budget control. */
    RANDOM,
    /** Re-serves recorded LLM replies. */
    REPLAY;

    public String externalName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The generator a result is recorded under. A replay re-serves the replies of an {@code llm} run, so it is that
     * run's variant with another transport: same variant name, cell ids, seeds, request keys and rows.
     */
    public GeneratorName recordedAs() {
        return this == REPLAY ? LLM : this;
    }

    /** Parses an external name; the message lists the allowed values. */
    public static GeneratorName parse(String text) {
        for (GeneratorName g : values()) {
            if (g.externalName().equalsIgnoreCase(text.trim())) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown generator '" + text + "', allowed: "
                + Arrays.stream(values()).map(GeneratorName::externalName).collect(Collectors.joining(", ")));
    }
}
