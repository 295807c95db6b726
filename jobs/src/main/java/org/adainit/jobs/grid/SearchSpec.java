package org.adainit.jobs.grid;

import java.io.Serializable;

/**
 * Algorithm 1's settings.
 *
 * @param iterations T (the paper: 50)
 * @param threshold {@code paper} (1/(2^{2N}·T)), {@code mcclean} (1/(2^N·T)) or a fixed number as text
 */
public record SearchSpec(int iterations, String threshold) implements Serializable {}
