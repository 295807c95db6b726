package org.adainit.jobs.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the schedule into the Spark tasks of a run: consecutive small cells share a task, the others have one each.
 * A task costs about 10 ms of CPU besides its cells (launch, deserialising the work, the result and the scheduler's
 * events; BENCHMARKS.md), which is more than a cell of a few qubits takes: on a grid of 300 such cells the tasks took
 * as long as the cells. Grouping keeps that cost below about 2 % of a group, while the groups stay short next to
 * the run, so the last tasks still spread evenly over the slots.
 */
final class TaskGroups {

    /** A group's estimated simulator seconds, at most: 10 ms of task is then 2 % of it. */
    static final double MAX_GROUP_SECONDS = 0.5;
    /** And at most this fraction of the grid's estimate per slot, so every slot gets many groups. */
    static final int MIN_GROUPS_PER_SLOT = 8;

    /** The cells {@code from} (inclusive) to {@code to} (exclusive) of the schedule, run as one task. */
    record Group(int from, int to) {}

    private TaskGroups() {}

    /**
     * @param costs the schedule's estimated simulator seconds per cell, in schedule order (largest first)
     * @param ownTask cells that never share a task: those that call a language model, whose time the estimate leaves
     *     out (a group of them would wait for the model's replies one after the other on one slot)
     * @param slots the tasks that run at once
     */
    static List<Group> of(double[] costs, boolean[] ownTask, int slots) {
        if (costs.length != ownTask.length) {
            throw new IllegalArgumentException(costs.length + " costs for " + ownTask.length + " cells");
        }
        double total = 0;
        for (double cost : costs) {
            total += cost;
        }
        double limit = Math.min(MAX_GROUP_SECONDS, total / ((double) MIN_GROUPS_PER_SLOT * Math.max(1, slots)));
        List<Group> groups = new ArrayList<>();
        int from = 0;
        double groupCost = 0;
        for (int i = 0; i < costs.length; i++) {
            if (i > from && (ownTask[i] || ownTask[from] || groupCost + costs[i] > limit)) {
                groups.add(new Group(from, i));
                from = i;
                groupCost = 0;
            }
            groupCost += costs[i];
        }
        if (from < costs.length) {
            groups.add(new Group(from, costs.length));
        }
        return groups;
    }
}
