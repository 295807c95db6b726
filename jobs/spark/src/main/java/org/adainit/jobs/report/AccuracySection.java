package org.adainit.jobs.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Whether the paper's metric matters: per dataset, prior and structure, the rank correlation between a training's
 * gradient variance at θ0 and the test (and validation) accuracy it reaches, from the {@code correlations} table. The
 * paper reports no accuracy; a search that raises the variance is only useful if this correlation is positive.
 */
public final class AccuracySection implements SectionBuilder {

    private static final String READING = "CASE WHEN rho_test_ci95_low > 0 THEN 'higher variance, higher accuracy' "
            + "WHEN rho_test_ci95_high < 0 THEN 'higher variance, lower accuracy' WHEN rho_test IS NULL "
            + "THEN 'no ranking (constant variance or accuracy)' ELSE 'no significant association' END";

    @Override
    public String title() {
        return "Does a higher variance train a better classifier?";
    }

    @Override
    public String requirement() {
        return "a correlations table (runs with the accuracy columns; rebuild older runs with 'adainit aggregate')";
    }

    @Override
    public Optional<ReportSection> build(ResultTables tables) {
        if (!tables.has("correlations", "rho_test", "rho_test_ci95_low", "mean_test_accuracy")) {
            return Optional.empty();
        }
        QueryResult data = tables.query("SELECT dataset, prior, qubits, layers, trainings, rho_test, "
                + "rho_test_ci95_low, rho_test_ci95_high, rho_validation, rho_validation_ci95_low, "
                + "rho_validation_ci95_high, mean_test_accuracy, " + READING + " AS reading FROM correlations "
                + "ORDER BY dataset, prior, layers, qubits");
        if (data.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> counts = new TreeMap<>();
        data.rows().forEach(row -> counts.merge(data.text(row, "reading"), 1, Integer::sum));
        StringBuilder summary = new StringBuilder("Of " + data.rows().size() + " structures: ");
        counts.forEach((reading, count) -> summary.append(count).append(" ").append(reading).append("; "));
        String caption = "Spearman's rank correlation over every training of a structure (each search candidate and "
                + "each baseline draw) between Var[∂E] at θ0 and the accuracy its final parameters reach on the test "
                + "and validation splits, with a bootstrap 95% interval. " + summary.toString().replaceAll("; $", ".");
        return Optional.of(new ReportSection("accuracy", title(), "The validation and test splits never enter the "
                + "search; here they say whether the metric the search raises predicts the classifier's quality.",
                List.of(ReportItem.table("accuracy-correlations", "Variance at θ0 against final accuracy",
                        caption, data))));
    }
}
