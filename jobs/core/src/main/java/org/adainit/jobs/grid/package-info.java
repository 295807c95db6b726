/**
 * Grid files (docs/grids-and-plan.md): parsing and validation with one-line errors, the grid model of every kind, its
 * expansion into cells and its canonical hash.
 */
package org.adainit.jobs.grid;
