package org.adainit.simulator.fast;

import org.adainit.simulator.ansatz.StronglyEntanglingLayers;
import org.adainit.simulator.qnn.CircuitEvaluator;
import org.adainit.simulator.qnn.QnnShape;

/**
 * The QNN circuit specialised for its structure, in a handful of memory passes per sample instead of one per gate:
 * <ul>
 *   <li>the embedding and the first Rot layer act on |0…0⟩: their output is a product state, written directly and
 *       differentiated through its environments ({@link ProductLayer});
 *   <li>every later Rot(φ, θ, ω) = RZ(ω)·RY(θ)·RZ(φ) is split into a real rotation per bit and two diagonal
 *       layers with separable phases ({@link PhaseTable}); a whole layer takes two cache-blocked passes
 *       ({@link LayerPasses}), three rotations per sweep of the cached block; the last layer's RZ(ω) is never applied
 *       (a diagonal before a Z measurement changes nothing the loss sees);
 *   <li>a CNOT ring is a GF(2)-linear permutation of basis indices, one gather pass ({@link LinearBitMap});
 *   <li>all ⟨Z_w⟩ come from one read pass, λ = Σ_w g_w Z_w ψ from one more;
 *   <li>backward, the three angle gradients of a Rot follow from a few cross sums of ψ and λ taken after it
 *       ({@link LayerPasses#cross}), one read pass per layer on the ψ the forward pass kept; only λ is un-rotated.
 * </ul>
 * Every buffer is allocated in the constructor, the gate tables once per weight vector (a mini-batch shares them);
 * {@link #forward} and {@link #backward} allocate nothing. Bits follow PennyLane's order: wire w is bit n−1−w.
 */
public final class FastCircuitEvaluator implements CircuitEvaluator {

    static final int DEFAULT_LOW_BITS = 12;
    static final int DEFAULT_COLUMN_BITS = 6;

    private final int qubits;
    private final int layers;
    private final int features;
    private final int lowBits;
    private final LayerPasses passes;
    private final ProductLayer first;
    private final LinearBitMap[] applyRing;
    private final LinearBitMap[] undoRing;

    /**
     * ψ as the backward pass needs it: stage l ≥ 1 the state right after layer l's Rots, before its ring (stage 0 is
     * the product state, materialised only when L = 1). The last ring
     * is never applied: it only relabels basis states, so ⟨Z_w⟩ and λ = O·ψ read the final index through its map.
     */
    private final double[][] stageRe;
    private final double[][] stageIm;
    private double[] lamRe;
    private double[] lamIm;
    private double[] scratchRe;
    private double[] scratchIm;

    /** Layers ≥ 1: (cos θ/2, sin θ/2) by bit for RY; cos and sin of θ and ω by wire for the gradients; RZ phases. */
    private final double[][] halfAngleRotations;
    private final double[][] cosTheta;
    private final double[][] sinTheta;
    private final double[][] cosOmega;
    private final double[][] sinOmega;
    private final PhaseTable[] phiPhases;
    private final PhaseTable[] omegaPhases;

    private final double[] preparedValues;
    private boolean gatesReady;
    private final double[] anglesByBit;
    private final double[] weightsByBit;
    private final double[] crossTerms;
    private final double[] lowMass;
    private final double[] highMass;
    private final double[] setMass;
    private final double[] lowEigen;
    private final double[] highEigen;

    public FastCircuitEvaluator(QnnShape shape, int features) {
        this(shape, features, DEFAULT_LOW_BITS, DEFAULT_COLUMN_BITS);
    }

    FastCircuitEvaluator(QnnShape shape, int features, int lowBits, int columnBits) {
        if (features < 1 || features > shape.qubits()) {
            throw new IllegalArgumentException(
                    "AngleEmbedding: " + features + " features on " + shape.qubits() + " qubits");
        }
        this.qubits = shape.qubits();
        this.layers = shape.layers();
        this.features = features;
        this.lowBits = Math.min(qubits, lowBits);
        this.passes = new LayerPasses(qubits, lowBits, columnBits);
        this.first = new ProductLayer(qubits, features);
        this.applyRing = new LinearBitMap[layers];
        this.undoRing = new LinearBitMap[layers];
        for (int l = 0; l < layers; l++) {
            applyRing[l] = RingMaps.apply(qubits, StronglyEntanglingLayers.range(l, qubits));
            undoRing[l] = RingMaps.undo(qubits, StronglyEntanglingLayers.range(l, qubits));
        }
        int dimension = 1 << qubits;
        stageRe = new double[layers][dimension];
        stageIm = new double[layers][dimension];
        lamRe = new double[dimension];
        lamIm = new double[dimension];
        scratchRe = new double[dimension];
        scratchIm = new double[dimension];
        halfAngleRotations = new double[layers][2 * qubits];
        cosTheta = new double[layers][qubits];
        sinTheta = new double[layers][qubits];
        cosOmega = new double[layers][qubits];
        sinOmega = new double[layers][qubits];
        phiPhases = new PhaseTable[layers];
        omegaPhases = new PhaseTable[layers];
        for (int l = 1; l < layers; l++) {
            phiPhases[l] = new PhaseTable(qubits, lowBits);
            // The last layer's RZ(ω) is never applied: a diagonal after the last Rots changes neither ⟨Z_w⟩ nor
            // λ = O·ψ's relation to ψ, and the gradients then read the cross sums before it (cos ω = 1, sin ω = 0).
            omegaPhases[l] = l + 1 < layers ? new PhaseTable(qubits, lowBits) : null;
        }
        preparedValues = new double[3 * layers * qubits];
        anglesByBit = new double[qubits];
        weightsByBit = new double[qubits];
        crossTerms = new double[LayerPasses.CROSS_TERMS * qubits];
        lowMass = new double[1 << this.lowBits];
        highMass = new double[1 << (qubits - this.lowBits)];
        setMass = new double[qubits];
        lowEigen = new double[1 << this.lowBits];
        highEigen = new double[1 << (qubits - this.lowBits)];
    }

    /** Whether this JVM runs the SIMD kernels (results are identical either way). */
    public static boolean simdKernels() {
        return PairKernels.SIMD;
    }

    private int bitOf(int wire) {
        return qubits - 1 - wire;
    }

    @Override
    public void forward(double[] values, double[] x, double[] z) {
        prepareGates(values);
        if (layers == 1) {
            first.write(x, stageRe[0], stageIm[0]);
        } else {
            // Stage 0 is never needed as such: write the product state straight through the first ring.
            first.writePermuted(x, applyRing[0], stageRe[1], stageIm[1]);
            passes.rotate(stageRe[1], stageIm[1], halfAngleRotations[1], false, phiPhases[1], omegaPhases[1], false);
        }
        for (int l = 1; l + 1 < layers; l++) {
            applyRing[l].gather(stageRe[l], stageIm[l], stageRe[l + 1], stageIm[l + 1]);
            passes.rotate(stageRe[l + 1], stageIm[l + 1], halfAngleRotations[l + 1], false,
                    phiPhases[l + 1], omegaPhases[l + 1], false);
        }
        expectations(z);
    }

    @Override
    public void backward(double[] values, double[] g, double[] gradient) {
        applyObservable(g);
        for (int l = layers - 1; l >= 1; l--) {
            if (l < layers - 1) {
                undoRing(l);
            }
            passes.cross(stageRe[l], stageIm[l], lamRe, lamIm, crossTerms);
            for (int w = 0; w < qubits; w++) {
                addLayerGradient(l, w, gradient);
            }
            passes.rotate(lamRe, lamIm, halfAngleRotations[l], true, omegaPhases[l], phiPhases[l], true);
        }
        if (layers == 1) {
            first.addGradient(lamRe, lamIm, gradient);
        } else {
            // λ sits after the first ring: read it through the ring instead of gathering it back.
            first.addGradient(lamRe, lamIm, applyRing[0], gradient);
        }
    }

    /** λ ← the co-state just after layer l's Rots, before its ring (1 ≤ l < L − 1). */
    private void undoRing(int l) {
        undoRing[l].gather(lamRe, lamIm, scratchRe, scratchIm);
        double[] re = lamRe;
        double[] im = lamIm;
        lamRe = scratchRe;
        lamIm = scratchIm;
        scratchRe = re;
        scratchIm = im;
    }

    /**
     * Gradients of Rot(φ, θ, ω) at layer l ≥ 1 from the cross sums after it, ∂/∂a = Im Σ A_a[s][t]·R[s][t] with
     * A_ω = Z, A_θ = RZ(ω)·Y·RZ(ω)† = [[0, −i e^{−iω}], [i e^{iω}, 0]] and
     * A_φ = Rot·Z·Rot† = [[cos θ, sin θ e^{−iω}], [sin θ e^{iω}, −cos θ]]; the off-diagonal parts need only
     * A = Im(R01 + R10) and B = Re(R10 − R01).
     */
    private void addLayerGradient(int l, int w, double[] gradient) {
        int o = LayerPasses.CROSS_TERMS * bitOf(w);
        double a = crossTerms[o];
        double b = crossTerms[o + 1];
        double imDiagonal = crossTerms[o + 2] - crossTerms[o + 3];
        double c = cosOmega[l][w];
        double s = sinOmega[l][w];
        int slot = (l * qubits + w) * 3;
        gradient[slot] += cosTheta[l][w] * imDiagonal + sinTheta[l][w] * (c * a + s * b);
        gradient[slot + 1] += c * b - s * a;
        gradient[slot + 2] += imDiagonal;
    }

    /** Builds the gate tables once per weight vector: trigonometry stays out of the per-sample path. */
    private void prepareGates(double[] values) {
        int count = layers * qubits * 3;
        if (gatesReady && java.util.Arrays.equals(values, 0, count, preparedValues, 0, count)) {
            return;
        }
        System.arraycopy(values, 0, preparedValues, 0, count);
        first.rots.set(values, 0);
        for (int l = 1; l < layers; l++) {
            for (int w = 0; w < qubits; w++) {
                int slot = (l * qubits + w) * 3;
                double theta = values[slot + 1];
                halfAngleRotations[l][2 * bitOf(w)] = Math.cos(theta / 2);
                halfAngleRotations[l][2 * bitOf(w) + 1] = Math.sin(theta / 2);
                cosTheta[l][w] = Math.cos(theta);
                sinTheta[l][w] = Math.sin(theta);
                boolean omegaApplied = omegaPhases[l] != null;
                cosOmega[l][w] = omegaApplied ? Math.cos(values[slot + 2]) : 1.0;
                sinOmega[l][w] = omegaApplied ? Math.sin(values[slot + 2]) : 0.0;
            }
            setPhases(values, l, 0, phiPhases[l]);
            if (omegaPhases[l] != null) {
                setPhases(values, l, 2, omegaPhases[l]);
            }
        }
        gatesReady = true;
    }

    private void setPhases(double[] values, int l, int rotation, PhaseTable table) {
        for (int w = 0; w < qubits; w++) {
            anglesByBit[bitOf(w)] = values[(l * qubits + w) * 3 + rotation];
        }
        table.set(anglesByBit);
    }

    /**
     * ⟨Z_w⟩ from one read pass over the last stage: its amplitude p lands on index f(p) of the final state, f the
     * last ring's map, so its probability adds to the mass of f(p)'s low and high index.
     */
    private void expectations(double[] z) {
        double[] re = stageRe[layers - 1];
        double[] im = stageIm[layers - 1];
        LinearBitMap ring = undoRing[layers - 1];
        int[] lowImages = ring.lowTable();
        int lowMask = (1 << lowBits) - 1;
        java.util.Arrays.fill(lowMass, 0.0);
        java.util.Arrays.fill(highMass, 0.0);
        int chunk = Math.min(256, re.length);
        for (int start = 0; start < re.length; start += chunk) {
            int base = ring.apply(start);
            for (int i = 0; i < chunk; i++) {
                int k = start + i;
                int j = base ^ lowImages[i];
                double p = re[k] * re[k] + im[k] * im[k];
                lowMass[j & lowMask] += p;
                highMass[j >>> lowBits] += p;
            }
        }
        double total = SetSums.fold(lowMass, lowBits, setMass, 0);
        SetSums.fold(highMass, qubits - lowBits, setMass, lowBits);
        for (int w = 0; w < qubits; w++) {
            z[w] = total - 2 * setMass[bitOf(w)];
        }
    }

    /** λ = Σ_w g_w Z_w ψ taken before the last ring: the eigenvalue of index p is that of f(p), split low + high. */
    private void applyObservable(double[] g) {
        double[] re = stageRe[layers - 1];
        double[] im = stageIm[layers - 1];
        LinearBitMap ring = undoRing[layers - 1];
        int[] lowImages = ring.lowTable();
        int lowMask = (1 << lowBits) - 1;
        for (int w = 0; w < qubits; w++) {
            weightsByBit[bitOf(w)] = g[w];
        }
        SetSums.fillZEigenvalues(lowEigen, weightsByBit, 0, lowBits);
        SetSums.fillZEigenvalues(highEigen, weightsByBit, lowBits, qubits - lowBits);
        int chunk = Math.min(256, re.length);
        for (int start = 0; start < re.length; start += chunk) {
            int base = ring.apply(start);
            for (int i = 0; i < chunk; i++) {
                int k = start + i;
                int j = base ^ lowImages[i];
                double e = lowEigen[j & lowMask] + highEigen[j >>> lowBits];
                lamRe[k] = e * re[k];
                lamIm[k] = e * im[k];
            }
        }
    }

}
