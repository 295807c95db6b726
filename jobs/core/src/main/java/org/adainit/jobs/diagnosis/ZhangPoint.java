package org.adainit.jobs.diagnosis;

import org.adainit.jobs.names.ExternalNames;
import org.adainit.simulator.diagnostics.CircuitDesign;
import org.adainit.simulator.diagnostics.RandomPart;
import org.adainit.simulator.diagnostics.VariationRange;
import org.adainit.simulator.diagnostics.ZhangExperiment.Setting;
import org.adainit.simulator.diagnostics.ZhangExperiment;
import org.adainit.simulator.diagnostics.ZhangTask;

/**
 * Zhang et al. 2024, Fig. 5: the variation range of a task's cost under a single-qubit U_A on qubit 1.
 *
 * @param depth layers of the 2-design circuit (ignored by the 1-design, which has one layer)
 */
public record ZhangPoint(ZhangTask task, RandomPart part, CircuitDesign design, DepthRule depth, int qubits,
        int samples) implements DiagnosticPoint {

    /** The depth every 1-design point carries, so that points differing only in an unused depth are equal. */
    public static final DepthRule ONE_LAYER = new DepthRule(1, false);

    public ZhangPoint {
        if (design == CircuitDesign.ONE_DESIGN) {
            depth = ONE_LAYER;
        }
        int max = task == ZhangTask.VQE ? ZhangTask.MAX_VQE_QUBITS : McCleanPoint.MAX_QUBITS;
        if (qubits < 2 || qubits > max) {
            throw new IllegalArgumentException(ExternalNames.of(task) + " needs 2.." + max + " qubits, got " + qubits);
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
        return String.join(".", "zhang", ExternalNames.of(task), ExternalNames.of(part), ExternalNames.of(design),
                depth.label(), "n" + qubits, "l" + layers());
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

    /**
     * Up to five circuit runs (V1, and V2 once for the fidelity or four times for an observable's environment) of
     * about 2n gates per layer, plus about a millisecond of optimiser work.
     */
    @Override
    public double sampleSeconds() {
        int v2Runs = task == ZhangTask.QSL ? 1 : 4;
        int runs = (part == RandomPart.V2_ONLY ? 0 : 1) + (part == RandomPart.V1_ONLY ? 0 : v2Runs);
        return OPTIMISER_SECONDS + runs * 2.0 * qubits * layers() * Math.pow(2, qubits) * SECONDS_PER_AMPLITUDE_GATE;
    }
}
