package org.adainit.jobs.pipeline;

import java.util.Comparator;
import java.util.List;
import org.adainit.jobs.diagnosis.DiagnosticCell;
import org.adainit.jobs.outcome.DiagnosticOutcome;
import org.adainit.jobs.tables.diagnosis.DiagnosticTables;
import org.adainit.jobs.grid.DiagnosticGrid;
import org.adainit.jobs.outcome.OutcomeJson;
import org.adainit.jobs.outcome.Provenance;
import org.adainit.jobs.tables.TableSet;

/** A McClean or Zhang grid: sample ranges of its points, largest estimated simulator time first. */
record DiagnosticWorkload(DiagnosticGrid grid, Provenance provenance) implements Workload<DiagnosticCell> {

    @Override
    public List<DiagnosticCell> cells() {
        return grid.cells();
    }

    @Override
    public CellTask.Id<DiagnosticCell> ids() {
        return DiagnosticCell::id;
    }

    @Override
    public Schedule<DiagnosticCell> schedule(List<DiagnosticCell> pending, String gridSource) {
        List<DiagnosticCell> ordered = pending.stream()
                .sorted(Comparator.comparingDouble(DiagnosticCell::estimatedSeconds).reversed())
                .toList();
        return new Schedule<>(ordered, ordered.stream().mapToDouble(DiagnosticCell::estimatedSeconds).toArray(),
                new boolean[ordered.size()]);
    }

    @Override
    public CellTask.Work<DiagnosticCell> work() {
        Provenance recorded = provenance;
        return cell -> {
            DiagnosticOutcome outcome = DiagnosticOutcome.run(cell, recorded, TaskPlace.current());
            return new CellTask.Commit(cell.id(), outcome.status(), OutcomeJson.write(outcome, cell.id()), outcome);
        };
    }

    @Override
    public TableSet tables() {
        return new DiagnosticTables(grid.kind());
    }
}
