package org.adainit.simulator.seed;

/**
 * Derives independent seeds from a base seed and a path of keys (cell id, iteration, sample index, …) with the
 * SplitMix64 finaliser, so every random draw depends only on (global seed, what it is for), never on thread or task
 * order.
 */
public final class Seeds {

    private Seeds() {}

    public static long derive(long base, long... keys) {
        long state = mix(base ^ 0x9E3779B97F4A7C15L);
        for (long key : keys) {
            state = mix(state + 0x9E3779B97F4A7C15L * (key + 1));
        }
        return state;
    }

    /** Seed of a string key (e.g. a grid cell id): its UTF-16 units folded through {@link #derive}. */
    public static long derive(long base, String key) {
        long state = derive(base, key.length());
        for (int i = 0; i < key.length(); i++) {
            state = derive(state, key.charAt(i));
        }
        return state;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
