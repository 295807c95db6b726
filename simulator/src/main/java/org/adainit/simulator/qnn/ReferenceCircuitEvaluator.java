package org.adainit.simulator.qnn;

import org.adainit.simulator.ansatz.QnnCircuit;
import org.adainit.simulator.circuit.Circuit;
import org.adainit.simulator.gradient.AdjointDifferentiator;
import org.adainit.simulator.observable.WeightedZSum;
import org.adainit.simulator.observable.ZExpectations;

/** The gate-by-gate reference: the generic circuit, adjoint differentiation with O = Σ_w g_w Z_w. */
public final class ReferenceCircuitEvaluator implements CircuitEvaluator {

    private final int features;
    private final int weightCount;
    private final Circuit circuit;
    private final AdjointDifferentiator adjoint;
    private final double[] circuitParameters;
    private final double[] circuitGradient;
    private final WeightedZSum observable;

    public ReferenceCircuitEvaluator(QnnShape shape, int features) {
        this.features = features;
        this.weightCount = shape.circuitParameterCount();
        this.circuit = QnnCircuit.build(shape.qubits(), features, shape.layers());
        this.adjoint = new AdjointDifferentiator(shape.qubits());
        this.circuitParameters = new double[circuit.parameterCount()];
        this.circuitGradient = new double[circuit.parameterCount()];
        this.observable = new WeightedZSum(new double[shape.qubits()]);
    }

    @Override
    public void forward(double[] values, double[] x, double[] z) {
        System.arraycopy(x, 0, circuitParameters, 0, features);
        System.arraycopy(values, 0, circuitParameters, features, weightCount);
        adjoint.forward(circuit, circuitParameters);
        ZExpectations.compute(adjoint.state(), z);
    }

    @Override
    public void backward(double[] values, double[] g, double[] gradient) {
        System.arraycopy(g, 0, observable.weights(), 0, g.length);
        java.util.Arrays.fill(circuitGradient, 0.0);
        adjoint.backward(circuit, circuitParameters, observable, circuitGradient);
        for (int i = 0; i < weightCount; i++) {
            gradient[i] += circuitGradient[features + i];
        }
    }
}
