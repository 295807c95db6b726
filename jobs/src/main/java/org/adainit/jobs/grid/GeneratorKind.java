package org.adainit.jobs.grid;

/** The generators f(·) of the AdaInit search (spec §0.5). */
public enum GeneratorKind {
    /** A genuine adaptive sampler that reads what the prompt carries; not an LLM. */
    EMBEDDED,
    /** Independent prior draws: the same-budget control. */
    RANDOM,
    /** Any OpenAI-compatible chat endpoint. */
    LLM,
    /** Re-serves recorded LLM replies. */
    REPLAY;

    public String externalName() {
        return ExternalNames.of(this);
    }

    /** True when temperature and top_p reach the generator. */
    public boolean usesSampling() {
        return this == LLM || this == REPLAY;
    }
}
