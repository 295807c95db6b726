package org.adainit.simulator.observable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.adainit.simulator.state.StateVector;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * The lowest and highest eigenvalue of an observable, computed exactly: the matrix is built column by column (O
 * applied to each basis state), split into the blocks its non-zero entries connect (for the Heisenberg ring these are
 * the magnetisation sectors, at most C(n, n/2) states), and each block is diagonalised densely with Commons Math. A
 * complex Hermitian block A + iB is diagonalised through its real symmetric embedding [[A, −B], [B, A]], whose
 * spectrum is A + iB's with every eigenvalue twice.
 */
public record SpectralRange(double lowest, double highest) {

    /** Widest system built column by column (2^14 columns of 2^14 entries). */
    public static final int MAX_QUBITS = 14;
    /** Largest block diagonalised densely. */
    public static final int MAX_BLOCK = 2048;

    private static final double ZERO = 1e-12;

    /** w(H) = λ_max − λ_min, the normalisation of Zhang et al.'s variation range. */
    public double width() {
        return highest - lowest;
    }

    public static SpectralRange of(Observable observable, int qubits) {
        if (qubits < 1 || qubits > MAX_QUBITS) {
            throw new IllegalArgumentException("exact spectra need 1.." + MAX_QUBITS + " qubits, got " + qubits);
        }
        int dimension = 1 << qubits;
        StateVector basis = new StateVector(qubits);
        StateVector column = new StateVector(qubits);
        int[][] rows = new int[dimension][];
        double[][] re = new double[dimension][];
        double[][] im = new double[dimension][];
        int[] parent = new int[dimension];
        for (int j = 0; j < dimension; j++) {
            parent[j] = j;
        }
        for (int j = 0; j < dimension; j++) {
            if (j > 0) {
                basis.real()[j - 1] = 0;
            }
            basis.real()[j] = 1;
            observable.apply(basis, column);
            List<Integer> nonZero = new ArrayList<>();
            for (int i = 0; i < dimension; i++) {
                if (Math.abs(column.real()[i]) > ZERO || Math.abs(column.imaginary()[i]) > ZERO) {
                    nonZero.add(i);
                    union(parent, i, j);
                }
            }
            rows[j] = nonZero.stream().mapToInt(Integer::intValue).toArray();
            re[j] = new double[rows[j].length];
            im[j] = new double[rows[j].length];
            for (int k = 0; k < rows[j].length; k++) {
                re[j][k] = column.real()[rows[j][k]];
                im[j][k] = column.imaginary()[rows[j][k]];
            }
        }
        int[] position = new int[dimension];
        List<List<Integer>> blocks = blocks(parent, position);
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (List<Integer> block : blocks) {
            if (block.size() > MAX_BLOCK) {
                throw new IllegalArgumentException("a block of " + block.size() + " states is too large to "
                        + "diagonalise densely (limit " + MAX_BLOCK + ")");
            }
            for (double eigenvalue : eigenvalues(block, position, rows, re, im)) {
                lowest = Math.min(lowest, eigenvalue);
                highest = Math.max(highest, eigenvalue);
            }
        }
        return new SpectralRange(lowest, highest);
    }

    private static double[] eigenvalues(List<Integer> block, int[] position, int[][] rows, double[][] re,
            double[][] im) {
        int size = block.size();
        boolean complex = false;
        for (int j : block) {
            for (double v : im[j]) {
                complex |= Math.abs(v) > ZERO;
            }
        }
        int embedded = complex ? 2 * size : size;
        double[][] matrix = new double[embedded][embedded];
        for (int j : block) {
            int c = position[j];
            for (int k = 0; k < rows[j].length; k++) {
                int r = position[rows[j][k]];
                matrix[r][c] = re[j][k];
                if (complex) {
                    matrix[r + size][c + size] = re[j][k];
                    matrix[r][c + size] = -im[j][k];
                    matrix[r + size][c] = im[j][k];
                }
            }
        }
        return new EigenDecomposition(new Array2DRowRealMatrix(matrix, false)).getRealEigenvalues();
    }

    /** Groups basis states by union-find root; {@code position} receives each state's index inside its block. */
    private static List<List<Integer>> blocks(int[] parent, int[] position) {
        int dimension = parent.length;
        int[] blockOfRoot = new int[dimension];
        Arrays.fill(blockOfRoot, -1);
        List<List<Integer>> blocks = new ArrayList<>();
        for (int j = 0; j < dimension; j++) {
            int root = find(parent, j);
            if (blockOfRoot[root] < 0) {
                blockOfRoot[root] = blocks.size();
                blocks.add(new ArrayList<>());
            }
            List<Integer> block = blocks.get(blockOfRoot[root]);
            position[j] = block.size();
            block.add(j);
        }
        return blocks;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
