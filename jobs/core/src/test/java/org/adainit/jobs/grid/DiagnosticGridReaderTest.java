package org.adainit.jobs.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.adainit.jobs.diagnosis.DiagnosticCell;
import org.adainit.jobs.diagnosis.DiagnosticPoint;
import org.adainit.jobs.diagnosis.McCleanPoint;
import org.adainit.jobs.diagnosis.ZhangPoint;
import org.adainit.jobs.input.InputException;
import org.adainit.simulator.diagnostics.CircuitDesign;
import org.adainit.simulator.diagnostics.ZhangTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DiagnosticGridReaderTest {

    private static final String MCCLEAN = """
            name: m
            kind: mcclean
            seed: 3
            samples_per_cell: 40
            points:
              - {qubits: {from: 2, to: 6, step: 2}, depth: 10n, samples: 100}
              - {qubits: [4], depth: [1, 80], samples: 30, samples_per_cell: 7}
            """;

    private static final String ZHANG = """
            name: z
            kind: zhang
            seed: 4
            points:
              - {task: [vqe, qae], part: [v1-only, both], design: two-design, depth: 10n, qubits: [2, 4], samples: 10}
              - {task: qsl, part: v2-only, design: one-design, qubits: {from: 2, to: 4}, samples: 10}
            """;

    @Test
    void mccleanBlocksExpandToTheProductOfTheirLists() {
        DiagnosticGrid grid = (DiagnosticGrid) GridReader.parseDefinition("m.yaml", MCCLEAN);
        assertEquals(GridKind.MCCLEAN, grid.kind());
        List<String> ids = grid.points().stream().map(DiagnosticPoint::id).toList();
        assertEquals(List.of("mcclean.10n.n2.l20", "mcclean.10n.n4.l40", "mcclean.10n.n6.l60", "mcclean.1.n4.l1",
                "mcclean.80.n4.l80"), ids);
        // 100 samples in cells of 40: three cells per 10n point; 30 samples in cells of 7: five cells.
        assertEquals(3 * 3 + 2 * 5, grid.cells().size());
        assertEquals("mcclean.80.n4.l80.s28-30", grid.cells().get(grid.cells().size() - 1).id());
        assertEquals(100, ((McCleanPoint) grid.points().get(0)).samples());
    }

    @Test
    void zhangBlocksExpandAndTheOneDesignHasOneLayer() {
        DiagnosticGrid grid = (DiagnosticGrid) GridReader.parseDefinition("z.yaml", ZHANG);
        assertEquals(2 * 2 * 2 + 3, grid.points().size());
        ZhangPoint qsl = (ZhangPoint) grid.points().get(8);
        assertEquals(ZhangTask.QSL, qsl.task());
        assertEquals(CircuitDesign.ONE_DESIGN, qsl.design());
        assertEquals(1, qsl.layers());
        assertEquals(DiagnosticGridReader.DEFAULT_SAMPLES_PER_CELL, (int) grid.samplesPerCell().get(0));
    }

    @Test
    void shippedDiagnosticGridsAreValid() {
        DiagnosticGrid qubits = (DiagnosticGrid) GridReader.readDefinition("mcclean-qubits");
        assertEquals(8, qubits.points().size());
        assertTrue(qubits.points().stream().allMatch(p -> ((McCleanPoint) p).layers() == 10 * p.qubits()));
        DiagnosticGrid depth = (DiagnosticGrid) GridReader.readDefinition("mcclean-depth");
        assertEquals(6 * 12, depth.points().size());
        DiagnosticGrid zhang = (DiagnosticGrid) GridReader.readDefinition("zhang-fig5");
        assertEquals(2 * 3 * 9 + 3 * 9, zhang.points().size());
        assertTrue(zhang.points().stream().allMatch(p -> p.samples() == 100));
        for (DiagnosticGrid grid : List.of(qubits, depth, zhang)) {
            List<DiagnosticCell> cells = grid.cells();
            assertEquals(cells.size(), cells.stream().map(DiagnosticCell::id).distinct().count(), grid.name());
            assertEquals(grid.points().stream().mapToLong(DiagnosticPoint::samples).sum(),
                    cells.stream().mapToLong(c -> c.to() - c.from()).sum(), grid.name());
        }
    }

    @Test
    void adaInitCommandsRefuseDiagnosticGridsAndHashesSeparateKinds() {
        InputException e = assertThrows(InputException.class, () -> GridReader.parse("m.yaml", MCCLEAN));
        assertEquals("m.yaml: is a mcclean grid; this command takes an adainit grid", e.getMessage());
        DiagnosticGrid grid = (DiagnosticGrid) GridReader.parseDefinition("m.yaml", MCCLEAN);
        assertEquals(GridJson.hash(grid), GridJson.hash(GridReader.parseDefinition("n.yaml", "# comment\n" + MCCLEAN)));
        assertNotEquals(GridJson.hash(grid),
                GridJson.hash(GridReader.parseDefinition("m.yaml", MCCLEAN.replace("seed: 3", "seed: 4"))));
        // An AdaInit grid's canonical form has no kind field, so its hash is what it was before kinds existed.
        Grid quickstart = GridReader.read("quickstart");
        assertFalse(GridJson.tree(quickstart).has("kind"));
        assertEquals("mcclean", GridJson.tree(grid).get("kind").asText().toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown kind | kind: mcclean | kind: penrose | field 'kind' is 'penrose', allowed: adainit, mcclean, zhang",
        "bad depth | depth: 10n, samples: 100 | depth: ten, samples: 100 | field 'points[0].depth' must be a number of layers in 1..10000 or '<k>n' (k times the qubit count), got 'ten'",
        "too many qubits | to: 6, step: 2 | to: 28, step: 2 | field 'points[0].qubits.to' must be in 2..26, got 28",
        "unknown point field | samples: 30 | samples: 30, layers: 4 | field 'points[1].layers' is not a known field; allowed here: qubits, depth, samples, samples_per_cell",
        "repeated point | depth: [1, 80] | depth: [1, 10n] | field 'points[1]' repeats the point mcclean.10n.n4.l40",
        "one sample | samples: 30 | samples: 1 | field 'points[1].samples' must be in 2..10000000, got 1",
        "empty cells | samples_per_cell: 7 | samples_per_cell: 0 | field 'points[1].samples_per_cell' must be in 1..10000000, got 0",
    })
    void badMcCleanGridsNameTheField(String label, String good, String bad, String message) {
        InputException e = assertThrows(InputException.class,
                () -> GridReader.parseDefinition("m.yaml", MCCLEAN.replace(good, bad)));
        assertEquals("m.yaml: " + message, e.getMessage(), label);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown task | task: qsl | task: qft | field 'points[1].task' is 'qft', allowed: vqe, qae, qsl",
        "unknown part | part: v2-only | part: v3-only | field 'points[1].part' is 'v3-only', allowed: v1-only, v2-only, both",
        "depth of a one-design | design: one-design, | design: one-design, depth: 5, | field 'points[1].depth' applies to the two-design only (the one-design is a single layer)",
        "vqe beyond the exact width | qubits: [2, 4] | qubits: [2, 14] | field 'points[0].qubits' goes beyond 12 qubits, the largest Heisenberg ring whose spectral width is computed exactly (task vqe)",
    })
    void badZhangGridsNameTheField(String label, String good, String bad, String message) {
        InputException e = assertThrows(InputException.class,
                () -> GridReader.parseDefinition("z.yaml", ZHANG.replace(good, bad)));
        assertEquals("z.yaml: " + message, e.getMessage(), label);
    }
}
