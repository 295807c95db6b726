package org.adainit.jobs.outcome;

import java.io.Serializable;

/**
 * What produced a cell: the code (project version, git commit) and the grid (name and {@code GridJson.hash}).
 *
 * @param gitCommit {@code git rev-parse HEAD} of the checkout the run started from, with "-dirty" for uncommitted
 *     changes, or "unknown" outside a checkout
 */
public record Provenance(String projectVersion, String gitCommit, String gridName, String gridHash)
        implements Serializable {}
