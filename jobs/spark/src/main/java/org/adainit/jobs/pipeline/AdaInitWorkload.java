package org.adainit.jobs.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.outcome.CellOutcome;
import org.adainit.jobs.outcome.OutcomeJson;
import org.adainit.jobs.plan.CellEstimate;
import org.adainit.jobs.plan.CostModel;
import org.adainit.jobs.plan.Plan;
import org.adainit.jobs.plan.RunOverheads;
import org.adainit.jobs.tables.AdaInitTables;
import org.adainit.jobs.tables.TableSet;

/** An AdaInit grid: searches and baselines, scheduled by the plan's cost model and checked against its budget. */
record AdaInitWorkload(Grid grid, CellRunner runner) implements Workload<Cell> {

    @Override
    public List<Cell> cells() {
        return grid.cells();
    }

    @Override
    public CellTask.Id<Cell> ids() {
        return Cell::id;
    }

    @Override
    public Schedule<Cell> schedule(List<Cell> pending, String gridSource) {
        Plan.of(grid, pending.stream(), CostModel.nominal(), RunOverheads.reference())
                .requireWithin(grid.budget(), gridSource);
        List<CellEstimate> largestFirst = Plan.largestFirst(grid, pending, CostModel.nominal());
        List<Cell> ordered = new ArrayList<>();
        double[] costs = new double[largestFirst.size()];
        boolean[] ownTask = new boolean[largestFirst.size()];
        for (int i = 0; i < largestFirst.size(); i++) {
            ordered.add(largestFirst.get(i).cell());
            costs[i] = largestFirst.get(i).simulatorSeconds();
            ownTask[i] = largestFirst.get(i).llmCalls() > 0;
        }
        return new Schedule<>(ordered, costs, ownTask);
    }

    @Override
    public CellTask.Work<Cell> work() {
        CellRunner cellRunner = runner;
        return cell -> {
            CellOutcome outcome = cellRunner.run(cell);
            return new CellTask.Commit(cell.id(), outcome.status(), OutcomeJson.write(outcome), outcome);
        };
    }

    @Override
    public TableSet tables() {
        return new AdaInitTables();
    }
}
