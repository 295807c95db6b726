package org.adainit.jobs.generator.llm;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The (temperature, top_p) per dataset that the paper's Fig. 7 grid search chose and used throughout (§3). */
public record PaperSampling(double temperature, double topP) {

    private static final Map<String, PaperSampling> BY_DATASET = Map.of(
            "iris", new PaperSampling(0.5, 0.9),
            "wine", new PaperSampling(0.1, 0.45),
            "titanic", new PaperSampling(0.8, 0.75),
            "mnist", new PaperSampling(0.8, 0.8));

    public static Optional<PaperSampling> forDataset(String dataset) {
        return Optional.ofNullable(BY_DATASET.get(dataset.toLowerCase(Locale.ROOT)));
    }
}
