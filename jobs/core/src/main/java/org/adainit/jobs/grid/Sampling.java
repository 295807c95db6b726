package org.adainit.jobs.grid;

import java.io.Serializable;

/** The LLM's sampling settings (the paper tunes them per dataset, Fig. 7). */
public record Sampling(double temperature, double topP) implements Serializable {

    public Sampling {
        if (!(temperature >= 0 && temperature <= 2) || !(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException(
                    "temperature must be in [0, 2] and top_p in (0, 1], got " + temperature + ", " + topP);
        }
    }
}
