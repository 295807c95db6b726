package org.adainit.jobs.generator.llm;

import java.util.Locale;

/** Whether requests carry a strict JSON schema for θ0 ({@code response_format: json_schema}). */
public enum StructuredOutput {
    /** Send the schema; if the endpoint rejects it with HTTP 400, resend without it and never send it again. */
    AUTO,
    /** Always send the schema; an endpoint that rejects it fails the call. */
    ON,
    /** Never send it: the model answers in plain text, as in the paper. */
    OFF;

    public static StructuredOutput parse(String text) {
        for (StructuredOutput mode : values()) {
            if (mode.name().equalsIgnoreCase(text.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown structured-output mode '" + text + "', allowed: auto, on, off");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
