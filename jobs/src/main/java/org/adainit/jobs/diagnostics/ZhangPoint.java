package org.adainit.jobs.diagnostics;

import java.util.Locale;
import org.adainit.simulator.diagnostics.CircuitDesign;
import org.adainit.simulator.diagnostics.RandomPart;
import org.adainit.simulator.diagnostics.VariationRange;
import org.adainit.simulator.diagnostics.ZhangExperiment;
import org.adainit.simulator.diagnostics.ZhangExperiment.Setting;
import org.adainit.simulator.diagnostics.ZhangTask;

/**
 * Zhang et al. 2024, Fig. 5: the variation range of a task's cost under a single-qubit U_A on qubit 1.
 *
 * @param depth layers of the 2-design circuit (ignored by the 1-design, which has one layer)
 */
public record ZhangPoint(ZhangTask task, RandomPart part, CircuitDesign design, DepthRule depth, int qubits,
        int samples) implements DiagnosticPoint {

    public ZhangPoint {
        int max = task == ZhangTask.VQE ? ZhangTask.MAX_VQE_QUBITS : McCleanPoint.MAX_QUBITS;
        if (qubits < 2 || qubits > max) {
            throw new IllegalArgumentException(name(task) + " needs 2.." + max + " qubits, got " + qubits);
        }
        if (samples < 2) {
            throw new IllegalArgumentException("a spread needs at least 2 samples, got " + samples);
        }
    }

    public Setting setting() {
        return new Setting(task, qubits, part, design, layers());
    }

    public int layers() {
        return design == CircuitDesign.ONE_DESIGN ? 1 : depth.layers(qubits);
    }

    /** w(H) of the task at this size: exact for the Heisenberg ring, 1 for the projector costs. */
    public double width() {
        return task.width(qubits);
    }

    @Override
    public String id() {
        return String.join(".", "zhang", name(task), name(part), name(design), depthLabel(), "n" + qubits,
                "l" + layers());
    }

    /** The depth as the tables show it: the grid's rule for the 2-design, {@code 1} for the 1-design. */
    public String depthLabel() {
        return design == CircuitDesign.ONE_DESIGN ? "1" : depth.label();
    }

    @Override
    public DiagnosticValues compute(long seed, int from, int to) {
        VariationRange[] ranges = ZhangExperiment.ranges(setting(), seed, from, to);
        double[] range = new double[ranges.length];
        double[] max = new double[ranges.length];
        double[] min = new double[ranges.length];
        for (int i = 0; i < ranges.length; i++) {
            range[i] = ranges[i].range();
            max[i] = ranges[i].max();
            min[i] = ranges[i].min();
        }
        return new DiagnosticValues(range, max, min);
    }

    /** Up to five circuit runs (V1, four of V2 for an observable's environment) over 2^n amplitudes. */
    @Override
    public double sampleCost() {
        int runs = (part != RandomPart.V2_ONLY ? 1 : 0) + (part != RandomPart.V1_ONLY ? 4 : 0);
        return runs * 2.0 * qubits * layers() * Math.pow(2, qubits);
    }

    /** Lower case, words joined by '-': the names grid files and tables use. */
    static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
