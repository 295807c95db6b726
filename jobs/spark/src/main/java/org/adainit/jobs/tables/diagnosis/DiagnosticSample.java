package org.adainit.jobs.tables.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.adainit.jobs.diagnosis.DiagnosticCell;
import org.adainit.jobs.diagnosis.DiagnosticValues;
import org.adainit.jobs.tables.TableColumns;
import org.apache.spark.sql.Row;

/** One sample a diagnostic cell computed: what a row of the McClean and Zhang samples tables is read from. */
record DiagnosticSample(DiagnosticCell cell, DiagnosticValues values, int index) {

    /** Every sample of the cell, in order, as a row of {@code columns}. */
    static List<Row> rows(DiagnosticCell cell, DiagnosticValues values, TableColumns<DiagnosticSample> columns) {
        List<Row> rows = new ArrayList<>(values.values().length);
        for (int i = 0; i < values.values().length; i++) {
            rows.add(columns.row(new DiagnosticSample(cell, values, i)));
        }
        return rows;
    }

    /** The sample's number within its point: a cell computes the samples from its {@code from} on. */
    int sample() {
        return cell.from() + index;
    }

    double value() {
        return values.values()[index];
    }

    double maximum() {
        return values.maxima()[index];
    }

    double minimum() {
        return values.minima()[index];
    }
}
