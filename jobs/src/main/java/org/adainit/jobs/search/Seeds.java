package org.adainit.jobs.search;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Derives independent seeds from a cell seed, a named stream and an index, so that every random draw of a search is a
 * pure function of (cell seed, purpose, iteration) and results do not depend on threads or on the order of calls.
 */
public final class Seeds {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private Seeds() {}

    /** A seed for draw {@code index} of {@code stream}; distinct streams or indices give unrelated seeds. */
    public static long derive(long seed, String stream, long index) {
        long h = splitMix(seed + GOLDEN_GAMMA);
        h = splitMix(h ^ splitMix(stream.hashCode() + 2 * GOLDEN_GAMMA));
        return splitMix(h ^ splitMix(index + 3 * GOLDEN_GAMMA));
    }

    /** A fresh generator seeded with {@link #derive}. */
    public static RandomGenerator random(long seed, String stream, long index) {
        return new Well19937c(derive(seed, stream, index));
    }

    // SplitMix64's finaliser: a bijection on longs that spreads nearby inputs (seed 1, seed 2) far apart.
    private static long splitMix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
