package org.adainit.jobs.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.adainit.jobs.input.InputException;
import org.junit.jupiter.api.Test;

class StratifiedSplitTest {

    /** Labels with {@code zeros} zeros and {@code ones} ones, interleaved so class does not follow position. */
    private static int[] labels(int zeros, int ones) {
        int[] labels = new int[zeros + ones];
        Arrays.fill(labels, zeros, labels.length, 1);
        int[] shuffled = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            shuffled[(int) ((long) i * 7919 % labels.length)] = labels[i];
        }
        return shuffled;
    }

    @Test
    void quotasFollowTheClassSharesAndSumToTheSize() {
        // Titanic's pool: 549 died, 342 survived; 179 · 342/891 = 68.7 rounds up by the larger remainder.
        assertArrayEquals(new int[] {110, 69}, StratifiedSplit.quota(179, new int[] {549, 342}, 891));
        assertArrayEquals(new int[] {30, 30}, StratifiedSplit.quota(60, new int[] {50, 50}, 100));
        for (int size = 0; size <= 130; size++) {
            int[] quota = StratifiedSplit.quota(size, new int[] {59, 71}, 130);
            assertEquals(size, quota[0] + quota[1]);
            assertTrue(Math.abs(quota[0] - size * 59.0 / 130) < 1, "size " + size);
        }
    }

    @Test
    void splitsHaveExactSizesAreStratifiedAndDisjoint() {
        int[] labels = labels(549, 342);
        SplitIndices split = StratifiedSplit.draw(labels, new SplitSizes(320, 80, 179), 3, "titanic");

        assertEquals(320, split.train().length);
        assertEquals(80, split.validation().length);
        assertEquals(179, split.test().length);
        assertArrayEquals(new int[] {110, 69}, BinaryPool.countClasses(pick(labels, split.test())));
        for (int[] rows : new int[][] {split.train(), split.validation(), split.test()}) {
            int ones = BinaryPool.countClasses(pick(labels, rows))[1];
            assertTrue(Math.abs(ones - rows.length * 342.0 / 891) < 1, "stratified: " + ones + " of " + rows.length);
        }
        Set<Integer> seen = new HashSet<>();
        IntStream.of(split.train()).forEach(seen::add);
        IntStream.of(split.validation()).forEach(seen::add);
        IntStream.of(split.test()).forEach(seen::add);
        assertEquals(320 + 80 + 179, seen.size(), "no row is in two splits");
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnotherOne() {
        int[] labels = labels(50, 50);
        SplitSizes sizes = new SplitSizes(60, 20, 20);
        SplitIndices first = StratifiedSplit.draw(labels, sizes, 42, "iris");
        SplitIndices again = StratifiedSplit.draw(labels, sizes, 42, "iris");
        SplitIndices other = StratifiedSplit.draw(labels, sizes, 43, "iris");

        assertArrayEquals(first.train(), again.train());
        assertArrayEquals(first.test(), again.test());
        assertFalse(Arrays.equals(first.train(), other.train()));
    }

    @Test
    void aPoolTooSmallForTheSizesIsAnInputError() {
        InputException tooFew = assertThrows(InputException.class,
                () -> StratifiedSplit.draw(labels(40, 50), new SplitSizes(60, 20, 20), 1, "iris"));
        assertEquals("split sizes 60:20:20 need 100 rows but the iris pool has 90", tooFew.getMessage());

        // One row per class: each split of one row rounds to class 0 on the tie, which has only one row.
        InputException classTooSmall = assertThrows(InputException.class,
                () -> StratifiedSplit.draw(labels(1, 1), new SplitSizes(1, 1, 0), 1, "tiny"));
        assertEquals("split sizes 1:1:0 need 2 rows of class 0 but the tiny pool has 1", classTooSmall.getMessage());
    }

    private static int[] pick(int[] labels, int[] rows) {
        return IntStream.of(rows).map(i -> labels[i]).toArray();
    }
}
