package org.adainit.jobs.generator.llm;

/**
 * Price of a model's tokens, for the estimated cost recorded with every call and for the cost cap.
 *
 * @param usdPerMillionInput US dollars per 10^6 prompt tokens
 * @param usdPerMillionOutput US dollars per 10^6 completion tokens
 */
public record Pricing(double usdPerMillionInput, double usdPerMillionOutput) {

    /**
     * OpenAI's list price for gpt-4o (snapshot gpt-4o-2024-08-06, the default gpt-4o since October 2024): $2.50 per
     * 1M input and $10.00 per 1M output tokens, as published from August 2024 on. Check the current price list
     * before relying on it; pass the real price for any other model.
     */
    public static final Pricing GPT_4O = new Pricing(2.50, 10.00);

    public Pricing {
        if (!(usdPerMillionInput >= 0) || !(usdPerMillionOutput >= 0)) {
            throw new IllegalArgumentException("prices must be finite and >= 0, got "
                    + usdPerMillionInput + " and " + usdPerMillionOutput);
        }
    }

    public double cost(long tokensIn, long tokensOut) {
        return (tokensIn * usdPerMillionInput + tokensOut * usdPerMillionOutput) / 1e6;
    }
}
