package org.adainit.jobs.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.adainit.jobs.diagnosis.DepthRule;
import org.adainit.jobs.diagnosis.DiagnosticCell;
import org.adainit.jobs.diagnosis.McCleanPoint;
import org.adainit.jobs.diagnosis.PointSamples;
import org.adainit.jobs.diagnosis.ZhangPoint;
import org.adainit.simulator.diagnostics.CircuitDesign;
import org.adainit.simulator.diagnostics.McCleanExperiment;
import org.adainit.simulator.diagnostics.RandomPart;
import org.adainit.simulator.diagnostics.VariationRange;
import org.adainit.simulator.diagnostics.ZhangExperiment;
import org.adainit.simulator.diagnostics.ZhangTask;
import org.junit.jupiter.api.Test;

class DiagnosticGridTest {

    private static final McCleanPoint MCCLEAN = new McCleanPoint(DepthRule.parse("10n"), 3, 25);
    private static final ZhangPoint ZHANG = new ZhangPoint(ZhangTask.QAE, RandomPart.V1_ONLY,
            CircuitDesign.TWO_DESIGN, DepthRule.parse("10n"), 3, 7);

    @Test
    void pointsSplitIntoCellsOfAtMostTheGivenSize() {
        DiagnosticGrid grid = new DiagnosticGrid("g", GridKind.MCCLEAN, "", 11, List.of(MCCLEAN, ZHANG), List.of(10, 10));
        List<String> ids = grid.cells().stream().map(DiagnosticCell::id).toList();
        assertEquals(List.of("mcclean.10n.n3.l30.s0-10", "mcclean.10n.n3.l30.s10-20", "mcclean.10n.n3.l30.s20-25",
                "zhang.qae.v1-only.two-design.10n.n3.l30.s0-7"), ids);
    }

    @Test
    void joinedCellsEqualOneRunOverAllSamples() {
        DiagnosticGrid grid = new DiagnosticGrid("g", GridKind.MCCLEAN, "", 11, List.of(MCCLEAN, ZHANG), List.of(4, 3));
        List<PointSamples.CellValues> computed = new ArrayList<>();
        List<DiagnosticCell> cells = new ArrayList<>(grid.cells());
        java.util.Collections.reverse(cells);
        for (DiagnosticCell cell : cells) {
            computed.add(new PointSamples.CellValues(cell, cell.compute()));
        }
        List<PointSamples> joined = PointSamples.join(computed);
        PointSamples zhang = joined.stream().filter(p -> p.point().equals(ZHANG)).findFirst().orElseThrow();
        PointSamples mcclean = joined.stream().filter(p -> p.point().equals(MCCLEAN)).findFirst().orElseThrow();
        assertArrayEquals(McCleanExperiment.derivatives(3, 30, 11, 0, 25), mcclean.values());
        VariationRange[] ranges = ZhangExperiment.ranges(ZHANG.setting(), 11, 0, 7);
        for (int i = 0; i < ranges.length; i++) {
            assertEquals(ranges[i].range(), zhang.values()[i]);
            assertEquals(ranges[i].max(), zhang.maxima()[i]);
            assertEquals(ranges[i].min(), zhang.minima()[i]);
        }
    }

    @Test
    void oneDesignPointsHaveOneLayerWhateverTheDepthRule() {
        ZhangPoint qsl = new ZhangPoint(ZhangTask.QSL, RandomPart.BOTH, CircuitDesign.ONE_DESIGN,
                DepthRule.parse("10n"), 5, 10);
        assertEquals(1, qsl.layers());
        assertEquals("zhang.qsl.both.one-design.1.n5.l1", qsl.id());
    }
}
