package org.adainit.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.adainit.jobs.pipeline.TaskGroups.Group;
import org.junit.jupiter.api.Test;

class TaskGroupsTest {

    @Test
    void smallCellsShareATaskUpToHalfASecondAndTheGroupsCoverTheScheduleInOrder() {
        // Two cells of 10 s, then 38 of 1/8 s (exact in binary, so four of them make exactly the limit).
        double[] costs = new double[40];
        Arrays.fill(costs, 0.125);
        costs[0] = 10;
        costs[1] = 10;
        List<Group> groups = TaskGroups.of(costs, new boolean[40], 2);

        assertCoversInOrder(groups, 40);
        assertEquals(new Group(0, 1), groups.get(0));
        assertEquals(new Group(1, 2), groups.get(1));
        for (Group group : groups.subList(2, groups.size() - 1)) {
            assertEquals(4, group.to() - group.from(), group.toString());
        }
        assertEquals(new Group(38, 40), groups.get(groups.size() - 1));
    }

    @Test
    void aShortGridKeepsEightGroupsPerSlot() {
        double[] costs = new double[16];
        Arrays.fill(costs, 0.125);
        // 2 s in all: 2 slots allow 1/8 s per group, one slot 1/4 s.
        assertEquals(16, TaskGroups.of(costs, new boolean[16], 2).size());
        List<Group> oneSlot = TaskGroups.of(costs, new boolean[16], 1);
        assertEquals(8, oneSlot.size());
        assertCoversInOrder(oneSlot, 16);
    }

    @Test
    void cellsThatCallAModelHaveATaskEachHoweverSmall() {
        double[] costs = new double[8];
        Arrays.fill(costs, 0.001);
        costs[0] = 1;
        boolean[] ownTask = new boolean[8];
        ownTask[2] = true;
        ownTask[3] = true;
        List<Group> groups = TaskGroups.of(costs, ownTask, 1);

        assertEquals(List.of(new Group(0, 1), new Group(1, 2), new Group(2, 3), new Group(3, 4), new Group(4, 8)),
                groups);
    }

    @Test
    void anEmptyScheduleHasNoTasksAndMismatchedInputsAreRefused() {
        assertTrue(TaskGroups.of(new double[0], new boolean[0], 2).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> TaskGroups.of(new double[2], new boolean[1], 2));
    }

    private static void assertCoversInOrder(List<Group> groups, int cells) {
        int next = 0;
        for (Group group : groups) {
            assertEquals(next, group.from(), groups.toString());
            assertTrue(group.to() > group.from(), groups.toString());
            next = group.to();
        }
        assertEquals(cells, next);
    }
}
