package org.adainit.jobs.outcome;

import java.util.Locale;

/** Whether a committed cell finished its search or baseline training. */
public enum CellStatus {
    /** Finished; resume skips it. */
    OK,
    /** Recorded with its error; resume computes it again. */
    FAILED;

    public String externalName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
