package org.adainit.jobs.datasets;

import java.util.List;
import org.adainit.jobs.input.InputException;

/**
 * One line of a comma-separated file, split into its cells by {@link CsvFile}, that knows where it came from so every
 * complaint names the file, line and column.
 */
final class CsvRecord {

    private final String file;
    private final int line;
    private final List<String> cells;

    /**
     * @param file file name for messages
     * @param line 1-based line number for messages
     */
    CsvRecord(String file, int line, List<String> cells) {
        this.file = file;
        this.line = line;
        this.cells = List.copyOf(cells);
    }

    int size() {
        return cells.size();
    }

    int line() {
        return line;
    }

    /** The cell's text with surrounding blanks removed. */
    String text(int column) {
        return cells.get(column).strip();
    }

    /** Fails unless the line has exactly {@code expected} cells. */
    CsvRecord requireSize(int expected) {
        if (cells.size() != expected) {
            throw error("expected " + expected + " comma-separated values, found " + cells.size());
        }
        return this;
    }

    /** The cell as a finite number. */
    double number(int column, String columnName) {
        String value = text(column);
        try {
            double parsed = Double.parseDouble(value);
            if (Double.isFinite(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the cell named
        }
        throw error(columnName + " is '" + value + "', not a number");
    }

    /** The cell as a finite number, or NaN when it is empty. */
    double numberOrMissing(int column, String columnName) {
        return text(column).isEmpty() ? Double.NaN : number(column, columnName);
    }

    /** An error naming this line. */
    InputException error(String message) {
        return new InputException(file + " line " + line + ": " + message);
    }
}
