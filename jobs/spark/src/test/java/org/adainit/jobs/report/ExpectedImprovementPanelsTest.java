package org.adainit.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Fig. 8 splits a run's structures into the paper's qubit and layer series and drops none. */
class ExpectedImprovementPanelsTest {

    @Test
    void theQuickstartStructuresFormAQubitAndALayerSeries() {
        Set<List<Integer>> sizes = new LinkedHashSet<>(List.of(List.of(2, 2), List.of(4, 2), List.of(6, 2),
                List.of(2, 4), List.of(2, 8)));
        Map<String, List<List<Integer>>> panels = ExpectedImprovementSection.panels(sizes);
        assertEquals(List.of("qubits at L = 2", "layers at N = 2"), List.copyOf(panels.keySet()));
        assertEquals(List.of(List.of(2, 2), List.of(4, 2), List.of(6, 2)), panels.get("qubits at L = 2"));
        assertEquals(List.of(List.of(2, 2), List.of(2, 4), List.of(2, 8)), panels.get("layers at N = 2"));
    }

    @Test
    void aStructureInNeitherSeriesGetsAPanelOfItsOwn() {
        Set<List<Integer>> sizes = new LinkedHashSet<>(List.of(List.of(2, 2), List.of(4, 2), List.of(6, 4)));
        Map<String, List<List<Integer>>> panels = ExpectedImprovementSection.panels(sizes);
        assertEquals(List.of(List.of(6, 4)), panels.get("other structures"));
        assertEquals(Map.of("all structures", List.of(List.of(2, 2))),
                ExpectedImprovementSection.panels(Set.of(List.of(2, 2))));
    }
}
