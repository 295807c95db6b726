package org.adainit.jobs.grid;

import org.adainit.jobs.diagnosis.DepthRule;
import org.adainit.jobs.diagnosis.DiagnosticPoint;
import org.adainit.jobs.diagnosis.McCleanPoint;
import org.adainit.jobs.diagnosis.ZhangPoint;
import org.adainit.jobs.names.ExternalNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.adainit.simulator.diagnostics.CircuitDesign;
import org.adainit.simulator.diagnostics.RandomPart;
import org.adainit.simulator.diagnostics.ZhangTask;

/**
 * Reads the diagnostic kinds of grid file, {@code kind: mcclean} and {@code kind: zhang}: a list of point blocks, each
 * the product of its lists. Problems are reported like every grid problem: file, field path, allowed values.
 */
final class DiagnosticGridReader {

    static final int DEFAULT_SAMPLES_PER_CELL = 250;
    static final int MAX_SAMPLES = 10_000_000;

    private static final Set<String> ROOT_FIELDS =
            GridReader.ordered("name", "kind", "description", "seed", "samples_per_cell", "points");
    private static final Set<String> MCCLEAN_FIELDS =
            GridReader.ordered("qubits", "depth", "samples", "samples_per_cell");
    private static final Set<String> ZHANG_FIELDS =
            GridReader.ordered("task", "part", "design", "depth", "qubits", "samples", "samples_per_cell");
    /** Zhang et al.'s 2-design depth. */
    private static final DepthRule TEN_N = DepthRule.parse("10n");

    private DiagnosticGridReader() {}

    static DiagnosticGrid parse(GridNode node, GridKind kind) {
        GridNode root = node.requireMapping(ROOT_FIELDS);
        String name = GridReader.name(root);
        int defaultCell = root.field("samples_per_cell").integer(1, MAX_SAMPLES, DEFAULT_SAMPLES_PER_CELL);
        List<DiagnosticPoint> points = new ArrayList<>();
        List<Integer> cellSizes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (GridNode block : root.field("points").list()) {
            int cell = block.field("samples_per_cell").integer(1, MAX_SAMPLES, defaultCell);
            for (DiagnosticPoint point : kind == GridKind.MCCLEAN ? mcclean(block) : zhang(block)) {
                // Same setting, same id: two sample counts for one point would mix in its tables.
                if (!ids.add(point.id())) {
                    throw block.error("repeats the point " + point.id());
                }
                points.add(point);
                cellSizes.add(cell);
            }
        }
        return new DiagnosticGrid(name, kind, root.field("description").text(""), root.field("seed").longValue(),
                points, cellSizes);
    }

    private static List<DiagnosticPoint> mcclean(GridNode block) {
        block.requireMapping(MCCLEAN_FIELDS);
        int samples = block.field("samples").integer(2, MAX_SAMPLES);
        List<Integer> qubits = block.field("qubits").integers(2, McCleanPoint.MAX_QUBITS);
        List<DiagnosticPoint> points = new ArrayList<>();
        for (DepthRule depth : depths(block.field("depth"))) {
            for (int n : qubits) {
                points.add(new McCleanPoint(depth, n, samples));
            }
        }
        return points;
    }

    private static List<DiagnosticPoint> zhang(GridNode block) {
        block.requireMapping(ZHANG_FIELDS);
        List<ZhangTask> tasks = GridReader.names(block.field("task"), ExternalNames.table(ZhangTask.class));
        List<RandomPart> parts = GridReader.names(block.field("part"), ExternalNames.table(RandomPart.class));
        List<CircuitDesign> designs =
                GridReader.names(block.field("design"), ExternalNames.table(CircuitDesign.class));
        GridNode depthNode = block.field("depth");
        if (depthNode.present() && !designs.contains(CircuitDesign.TWO_DESIGN)) {
            throw depthNode.error("applies to the two-design only (the one-design is a single layer)");
        }
        List<DepthRule> depths = depthNode.present() ? depths(depthNode) : List.of(TEN_N);
        GridNode qubitsNode = block.field("qubits");
        List<Integer> qubits = qubitsNode.integers(2, McCleanPoint.MAX_QUBITS);
        if (tasks.contains(ZhangTask.VQE) && qubits.stream().anyMatch(n -> n > ZhangTask.MAX_VQE_QUBITS)) {
            throw qubitsNode.error("goes beyond " + ZhangTask.MAX_VQE_QUBITS + " qubits, the largest Heisenberg ring "
                    + "whose spectral width is computed exactly (task vqe)");
        }
        int samples = block.field("samples").integer(2, MAX_SAMPLES);
        List<DiagnosticPoint> points = new ArrayList<>();
        for (ZhangTask task : tasks) {
            for (RandomPart part : parts) {
                for (CircuitDesign design : designs) {
                    for (DepthRule depth : design == CircuitDesign.ONE_DESIGN ? List.of(ZhangPoint.ONE_LAYER) : depths) {
                        for (int n : qubits) {
                            points.add(new ZhangPoint(task, part, design, depth, n, samples));
                        }
                    }
                }
            }
        }
        return points;
    }

    /** Depths as a list (or one value) of layer counts and {@code <k>n} rules. */
    private static List<DepthRule> depths(GridNode node) {
        List<DepthRule> depths = new ArrayList<>();
        for (GridNode item : node.list()) {
            DepthRule depth;
            try {
                depth = DepthRule.parse(item.scalarText());
            } catch (IllegalArgumentException e) {
                throw item.error(e.getMessage());
            }
            if (depths.contains(depth)) {
                throw item.error("repeats the depth " + depth);
            }
            depths.add(depth);
        }
        return depths;
    }
}
