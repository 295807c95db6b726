package org.adainit.simulator.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.adainit.simulator.ansatz.CircuitInstance;
import org.adainit.simulator.ansatz.RotationLayer;
import org.adainit.simulator.observable.PauliString;
import org.adainit.simulator.observable.PauliSum;
import org.adainit.simulator.state.RandomStates;
import org.adainit.simulator.state.StateVector;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** The multistart optimiser against closed forms of max and min over U_A. */
class VariationRangeTest {

    private static final String PAULIS = "XYZ";

    @Test
    void oneQubitEnergyRangesOverTheWholeSpectrum() {
        // C(U) = ⟨ψ|U† h U|ψ⟩ with h = h0·I + a·X + b·Y + c·Z reaches every Bloch direction: max/min = h0 ± |(a, b, c)|.
        RandomGenerator random = new Well19937c(81);
        for (int trial = 0; trial < 10; trial++) {
            double h0 = random.nextGaussian();
            double[] h = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
            PauliSum observable = new PauliSum(List.of(PauliString.of(h0, "I"), PauliString.of(h[0], "X"),
                    PauliString.of(h[1], "Y"), PauliString.of(h[2], "Z")));
            double length = Math.sqrt(h[0] * h[0] + h[1] * h[1] + h[2] * h[2]);
            StateVector psi = RandomStates.haar(1, random);
            CircuitInstance v2 = trial % 2 == 0 ? null : RotationLayer.sample(1, random);
            VariationRange range = VariationRange.of(LocalEnvironment.expectation(psi, v2, observable), random);
            assertEquals(h0 + length, range.max(), 1e-9, "max, trial " + trial);
            assertEquals(h0 - length, range.min(), 1e-9, "min, trial " + trial);
        }
    }

    @Test
    void energyRangeMatchesTheRotationGroupClosedForm() {
        // C(U) = c + tr(R M) with R ∈ SO(3) the adjoint action of U and M_QP = ⟨ψ|Q ⊗ H_P|ψ⟩ (H = Σ_P P ⊗ H_P), so
        // max = c + σ1 + σ2 + sσ3 and min = c − σ1 − σ2 + sσ3 with s = sign det M (orthogonal Procrustes on SO(3)).
        RandomGenerator random = new Well19937c(82);
        for (int qubits = 2; qubits <= 4; qubits++) {
            for (int trial = 0; trial < 5; trial++) {
                List<PauliString> terms = new ArrayList<>();
                for (int k = 0; k < 6; k++) {
                    StringBuilder word = new StringBuilder();
                    for (int w = 0; w < qubits; w++) {
                        word.append("IXYZ".charAt(random.nextInt(4)));
                    }
                    terms.add(PauliString.of(random.nextGaussian(), word.toString()));
                }
                StateVector psi = RandomStates.haar(qubits, random);
                double c = 0;
                double[][] m = new double[3][3];
                for (PauliString term : terms) {
                    String rest = term.word().substring(1);
                    int p = PAULIS.indexOf(term.word().charAt(0));
                    if (p < 0) {
                        c += expectation(psi, term);
                        continue;
                    }
                    for (int q = 0; q < 3; q++) {
                        m[q][p] += expectation(psi, PauliString.of(term.coefficient(), PAULIS.charAt(q) + rest));
                    }
                }
                RealMatrix matrix = new Array2DRowRealMatrix(m);
                double[] sv = new SingularValueDecomposition(matrix).getSingularValues();
                double s = Math.signum(new LUDecomposition(matrix).getDeterminant());
                VariationRange range =
                        VariationRange.of(LocalEnvironment.expectation(psi, null, new PauliSum(terms)), random);
                String label = "n=" + qubits + " trial " + trial;
                assertEquals(c + sv[0] + sv[1] + s * sv[2], range.max(), 1e-8, "max, " + label);
                assertEquals(c - sv[0] - sv[1] + s * sv[2], range.min(), 1e-8, "min, " + label);
            }
        }
    }

    @Test
    void fidelityRangeIsTheSquaredNuclearNorm() {
        // The amplitude Σ U[s,t]·m[s,t] reaches |amplitude| = σ1 + σ2 (nuclear norm of m) and 0, so Δ = (σ1 + σ2)².
        RandomGenerator random = new Well19937c(83);
        for (int qubits = 1; qubits <= 4; qubits++) {
            for (int trial = 0; trial < 5; trial++) {
                StateVector a = RandomStates.haar(qubits, random);
                StateVector b = RandomStates.haar(qubits, random);
                double nuclear = nuclearNorm(a, b);
                VariationRange range = VariationRange.of(LocalEnvironment.fidelity(a, b), random);
                assertEquals(1.0, range.max(), 1e-9);
                assertEquals(1 - nuclear * nuclear, range.min(), 1e-9, "n=" + qubits);
            }
        }
    }

    private static double expectation(StateVector psi, PauliString term) {
        return new PauliSum(List.of(term)).apply(psi, new StateVector(psi.qubits()));
    }

    /** σ1 + σ2 of m[s][t] = Σ_r conj(b_{s r}) a_{t r}, from the 4×4 real embedding (each singular value twice). */
    private static double nuclearNorm(StateVector a, StateVector b) {
        int half = a.dimension() / 2;
        double[][] real = new double[4][4];
        for (int s = 0; s < 2; s++) {
            for (int t = 0; t < 2; t++) {
                double re = 0;
                double im = 0;
                for (int r = 0; r < half; r++) {
                    int bs = s * half + r;
                    int at = t * half + r;
                    re += b.real()[bs] * a.real()[at] + b.imaginary()[bs] * a.imaginary()[at];
                    im += b.real()[bs] * a.imaginary()[at] - b.imaginary()[bs] * a.real()[at];
                }
                real[s][t] = re;
                real[s][t + 2] = -im;
                real[s + 2][t] = im;
                real[s + 2][t + 2] = re;
            }
        }
        double[] sv = new SingularValueDecomposition(new Array2DRowRealMatrix(real)).getSingularValues();
        return (sv[0] + sv[1] + sv[2] + sv[3]) / 2;
    }
}
