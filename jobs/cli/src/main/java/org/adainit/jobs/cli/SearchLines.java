package org.adainit.jobs.cli;

import java.util.Locale;
import java.util.Optional;
import org.adainit.jobs.search.IterationRecord;
import org.adainit.jobs.search.ModelUsage;
import org.adainit.jobs.search.SearchFailure;
import org.adainit.jobs.search.SearchResult;
import org.adainit.jobs.search.SearchResult.Selection;

/**
 * The text the {@code search} command prints: '#' comment lines around one whitespace-separated line per iteration,
 * with the generator label (which contains spaces) last so the other columns split cleanly.
 */
final class SearchLines {

    static final String COLUMNS = "# t variance delta S accepted parse generator";

    private SearchLines() {}

    static String iteration(IterationRecord r) {
        return String.format(Locale.ROOT, "%d %.6e %.6e %.6e %s %s %s",
                r.iteration(), r.variance(), r.delta(), r.sAfter(), r.accepted() ? "yes" : "no",
                r.parseStatus().externalName(),
                r.generator());
    }

    static String selection(SearchResult result) {
        if (result.selection().isEmpty()) {
            return "# theta0*: none (no iteration completed)";
        }
        Selection s = result.selection().get();
        return s.fallback()
                ? String.format(Locale.ROOT,
                        "# theta0*: iteration %d, variance %.6e, FALLBACK (nothing accepted: argmax of V), final S %.6e",
                        s.iteration(), s.variance(), result.finalS())
                : String.format(Locale.ROOT, "# theta0*: iteration %d (last of %d accepted), final S %.6e",
                        s.iteration(), result.accepted().size(), result.finalS());
    }

    /**
     * Model usage summed over the iterations and the failed one, if any, for generators that call a model; empty for
     * local ones.
     */
    static Optional<String> usage(SearchResult result) {
        ModelUsage total = ModelUsage.ofSearch(result.records(),
                result.failure().map(SearchFailure::spent).orElse(ModelUsage.NONE));
        if (total.requests() == 0) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "# model usage: %d input + %d output tokens, %d requests, "
                + "estimated $%.4f", total.tokensIn(), total.tokensOut(), total.requests(), total.costUsd()));
    }

    static String classic(double classicVariance, SearchResult result) {
        String line = String.format(Locale.ROOT, "# classic (one prior draw, no search): variance %.6e", classicVariance);
        return result.selection()
                .map(s -> line + String.format(Locale.ROOT, "; ours/classic = %.3g", s.variance() / classicVariance))
                .orElse(line);
    }

    static String failure(SearchFailure f) {
        return String.format(Locale.ROOT, "search stopped at iteration %d (%s): %s",
                f.iteration(), f.stage().name().toLowerCase(Locale.ROOT), f.message());
    }
}
