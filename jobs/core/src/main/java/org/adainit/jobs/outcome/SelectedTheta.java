package org.adainit.jobs.outcome;

import java.io.Serializable;
import org.adainit.simulator.qnn.QnnParameters;

/**
 * The θ0 a cell reports: θ0* of the search (the last accepted candidate, or the argmax of V when nothing was accepted)
 * or the single draw a baseline trained from.
 *
 * @param iteration the search iteration that proposed it; 0 for a baseline's draw
 * @param fallback true when the search accepted nothing and θ0* is the argmax of V instead (docs/search.md)
 * @param variance its recorded Var[∂E], the value the curves aggregate
 */
public record SelectedTheta(
        int iteration, boolean fallback, double variance, String theta0Hash, double[][][] l0, double[][] l1,
        double[] l2) implements Serializable {

    public static SelectedTheta of(int iteration, boolean fallback, double variance, String hash, QnnParameters theta) {
        return new SelectedTheta(iteration, fallback, variance, hash, theta.l0Tensor(), theta.l1Tensor(),
                theta.l2Tensor());
    }
}
