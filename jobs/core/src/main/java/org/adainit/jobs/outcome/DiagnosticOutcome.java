package org.adainit.jobs.outcome;

import org.adainit.jobs.diagnosis.DiagnosticCell;
import org.adainit.jobs.diagnosis.DiagnosticValues;


/**
 * Everything one diagnostic cell produced, committed as one file the moment it finishes.
 *
 * @param error null when the cell is {@link CellStatus#OK}
 * @param values null when the cell failed
 */
public record DiagnosticOutcome(DiagnosticCell cell, CellStatus status, String error, DiagnosticValues values,
        Timing timing, Provenance provenance) {

    public DiagnosticOutcome {
        if ((status == CellStatus.OK) != (error == null) || (status == CellStatus.OK) != (values != null)) {
            throw new IllegalArgumentException("values go with an ok cell, an error with a failed one");
        }
    }

    /**
     * Computes the cell; a failure (e.g. out of memory for a state vector) becomes a failed outcome.
     *
     * @param executor where it runs, as {@link Timing#executor()} records it
     */
    public static DiagnosticOutcome run(DiagnosticCell cell, Provenance provenance, String executor) {
        long started = System.currentTimeMillis();
        try {
            DiagnosticValues values = cell.compute();
            return new DiagnosticOutcome(cell, CellStatus.OK, null, values, Timing.since(started, executor), provenance);
        } catch (RuntimeException | OutOfMemoryError e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new DiagnosticOutcome(cell, CellStatus.FAILED, message, null, Timing.since(started, executor), provenance);
        }
    }
}
