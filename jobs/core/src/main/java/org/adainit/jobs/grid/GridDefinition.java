package org.adainit.jobs.grid;


/** A validated grid file of any {@link GridKind}; {@code run} dispatches on the type. */
public sealed interface GridDefinition permits Grid, DiagnosticGrid {

    String name();

    String description();

    long seed();

    GridKind kind();
}
