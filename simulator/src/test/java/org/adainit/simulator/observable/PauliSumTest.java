package org.adainit.simulator.observable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.adainit.simulator.state.GateKernels;
import org.adainit.simulator.state.RandomStates;
import org.adainit.simulator.state.StateVector;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class PauliSumTest {

    @Test
    void pauliStringActsLikeItsGatesAppliedOneByOne() {
        RandomGenerator random = new Well19937c(11);
        String letters = "IXYZ";
        for (int qubits = 1; qubits <= 5; qubits++) {
            for (int trial = 0; trial < 10; trial++) {
                StringBuilder word = new StringBuilder();
                for (int w = 0; w < qubits; w++) {
                    word.append(letters.charAt(random.nextInt(4)));
                }
                double c = random.nextGaussian();
                StateVector psi = RandomStates.haar(qubits, random);
                StateVector viaGates = new StateVector(qubits);
                viaGates.copyFrom(psi);
                for (int w = 0; w < qubits; w++) {
                    switch (word.charAt(w)) {
                        case 'X' -> GateKernels.pauliX(viaGates, w);
                        case 'Y' -> GateKernels.pauliY(viaGates, w);
                        case 'Z' -> GateKernels.pauliZ(viaGates, w);
                        default -> { }
                    }
                }
                StateVector target = new StateVector(qubits);
                double expectation = new PauliSum(List.of(PauliString.of(c, word.toString()))).apply(psi, target);
                for (int k = 0; k < psi.dimension(); k++) {
                    assertEquals(c * viaGates.real()[k], target.real()[k], 1e-13, word + " re " + k);
                    assertEquals(c * viaGates.imaginary()[k], target.imaginary()[k], 1e-13, word + " im " + k);
                }
                assertEquals(c * RandomStates.inner(psi, viaGates)[0], expectation, 1e-13, word.toString());
            }
        }
    }

    @Test
    void zWordsAgreeWithTheDiagonalZProduct() {
        RandomGenerator random = new Well19937c(12);
        StateVector psi = RandomStates.haar(4, random);
        double viaSum = new PauliSum(List.of(PauliString.of(1, "ZIIZ"))).apply(psi, new StateVector(4));
        double viaProduct = new ZProduct(0, 3).apply(psi, new StateVector(4));
        assertEquals(viaProduct, viaSum, 1e-14);
    }

    @Test
    void heisenbergBondIsTwiceTheSwapMinusOne() {
        // XX + YY + ZZ = 2·SWAP − I, so ⟨H⟩ = Σ_bonds (2 Re⟨ψ|SWAP_ij|ψ⟩ − 1), with SWAP exchanging two bits.
        RandomGenerator random = new Well19937c(13);
        for (int n = 2; n <= 7; n++) {
            StateVector psi = RandomStates.haar(n, random);
            double expected = 0;
            for (int i = 0; i < n; i++) {
                int a = StateVector.wireMask(i, n);
                int b = StateVector.wireMask((i + 1) % n, n);
                double swap = 0;
                for (int k = 0; k < psi.dimension(); k++) {
                    int bitA = (k & a) != 0 ? 1 : 0;
                    int bitB = (k & b) != 0 ? 1 : 0;
                    int swapped = bitA == bitB ? k : k ^ a ^ b;
                    swap += psi.real()[k] * psi.real()[swapped] + psi.imaginary()[k] * psi.imaginary()[swapped];
                }
                expected += 2 * swap - 1;
            }
            assertEquals(expected, HeisenbergRing.of(n).apply(psi, new StateVector(n)), 1e-12, "n=" + n);
        }
    }

    @Test
    void heisenbergSpectralWidthsMatchTheSpecTable() {
        double[] spec = {8, 6, 12, 12.472, 17.211, 18.421, 22.604, 24.189, 28.062};
        for (int n = 2; n <= 10; n++) {
            SpectralRange range = SpectralRange.of(HeisenbergRing.of(n), n);
            assertEquals(spec[n - 2], range.width(), 5e-4, "n=" + n);
            // The fully polarised state |0…0⟩ satisfies every bond: λ_max = number of bonds.
            assertEquals(n == 2 ? 2 : n, range.highest(), 1e-9, "n=" + n);
        }
    }

    @Test
    void complexBlocksGiveTheBlochVectorLength() {
        // h = aX + bY + cZ has eigenvalues ±|(a, b, c)|; the Y term makes the matrix complex.
        PauliSum h = new PauliSum(List.of(PauliString.of(0.3, "X"), PauliString.of(-0.4, "Y"),
                PauliString.of(1.2, "Z")));
        SpectralRange range = SpectralRange.of(h, 1);
        double length = Math.sqrt(0.09 + 0.16 + 1.44);
        assertEquals(-length, range.lowest(), 1e-12);
        assertEquals(length, range.highest(), 1e-12);
    }

    @Test
    void badWordsAreRefusedWithTheirPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PauliString.of(1, "XQ"));
        assertEquals("Pauli word 'XQ' has 'Q' at wire 1; letters are I, X, Y, Z", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new PauliSum(List.of(PauliString.of(1, "X"), PauliString.of(1, "XX"))));
    }
}
