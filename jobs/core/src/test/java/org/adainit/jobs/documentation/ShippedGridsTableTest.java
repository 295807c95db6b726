package org.adainit.jobs.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.adainit.jobs.grid.DiagnosticGrid;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.grid.GridDefinition;
import org.adainit.jobs.grid.GridReader;
import org.junit.jupiter.api.Test;

/** The README's table of shipped grids lists every grid of conf/grids with the size the grid file expands to. */
class ShippedGridsTableTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+\\.yaml)` \\| (\\d+)( points)? \\|", Pattern.MULTILINE);

    @Test
    void everyShippedGridHasARowWithItsCellOrPointCount() throws Exception {
        String readme = Files.readString(CodeMapTest.ROOT.resolve("README.md"));
        Map<String, String> rows = new TreeMap<>();
        Matcher row = ROW.matcher(readme);
        while (row.find()) {
            rows.put(row.group(1), row.group(2) + (row.group(3) == null ? "" : row.group(3)));
        }
        Path grids = CodeMapTest.ROOT.resolve("conf/grids");
        Map<String, String> sizes = new TreeMap<>();
        try (Stream<Path> files = Files.list(grids)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                GridDefinition definition = GridReader.readDefinition(file.toString());
                String size = definition instanceof DiagnosticGrid diagnostic ? diagnostic.points().size() + " points"
                        : Integer.toString(((Grid) definition).cells().size());
                sizes.put(file.getFileName().toString(), size);
            }
        }
        assertTrue(sizes.size() >= 10, sizes.toString());
        assertEquals(sizes, rows, "README.md's 'The shipped grids' table against conf/grids");
    }

    @Test
    void thePlanCheckGridOfBenchmarksIsAValidGridOfItsSize() {
        Path file = CodeMapTest.ROOT.resolve("conf/examples/plan-check-14-16-qubits.yaml");
        Grid grid = (Grid) GridReader.readDefinition(file.toString());
        assertEquals("plan-check-14-16-qubits", grid.name());
        // 3 qubit counts (14, 15, 16) × 3 seeds × Classic and AdaInit: the 18 cells BENCHMARKS.md times.
        assertEquals(18, grid.cells().size());
        assertTrue(grid.cells().stream().allMatch(c -> c.qubits() >= 14), grid.cells().toString());
    }
}
