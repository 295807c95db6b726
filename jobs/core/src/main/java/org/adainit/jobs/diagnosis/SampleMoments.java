package org.adainit.jobs.diagnosis;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Mean and unbiased variance of a point's samples with their standard errors. The variance's error uses the sample
 * excess kurtosis κ: Var(s²) = σ⁴·(2/(n−1) + κ/n), so heavy-tailed derivatives (McClean's at large n are) get honest
 * error bars rather than the Gaussian 2/(n−1).
 *
 * @param varianceStderr null with fewer than 4 samples (the kurtosis needs 4)
 */
public record SampleMoments(int count, double mean, double meanStderr, double variance, Double varianceStderr) {

    public static SampleMoments of(double[] values) {
        if (values.length < 2) {
            throw new IllegalArgumentException("a variance needs at least 2 samples, got " + values.length);
        }
        DescriptiveStatistics statistics = new DescriptiveStatistics(values);
        int n = values.length;
        double variance = statistics.getVariance();
        Double varianceStderr = null;
        if (n >= 4) {
            double kurtosis = statistics.getKurtosis();
            varianceStderr = variance * Math.sqrt(Math.max(0.0, 2.0 / (n - 1) + kurtosis / n));
        }
        return new SampleMoments(n, statistics.getMean(), Math.sqrt(variance / n), variance, varianceStderr);
    }

    /** Sample standard deviation (ddof 1). */
    public double std() {
        return Math.sqrt(variance);
    }
}
