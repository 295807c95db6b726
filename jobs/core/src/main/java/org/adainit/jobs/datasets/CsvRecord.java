package org.adainit.jobs.datasets;

import java.util.ArrayList;
import java.util.List;
import org.adainit.jobs.input.InputException;

/**
 * One line of a comma-separated file, split under RFC 4180 quoting (a quoted cell may hold commas and doubled quotes),
 * that knows where it came from so every complaint names the file, line and column.
 */
final class CsvRecord {

    private final String file;
    private final int line;
    private final List<String> cells;

    private CsvRecord(String file, int line, List<String> cells) {
        this.file = file;
        this.line = line;
        this.cells = cells;
    }

    /**
     * Splits one line. A quoted cell cannot span lines: none of the supported files has one, and accepting it would
     * hide a file whose quotes are broken.
     *
     * @param file file name for messages
     * @param line 1-based line number for messages
     */
    static CsvRecord parse(String file, int line, String text) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellWasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c != '"') {
                    cell.append(c);
                } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                cellWasQuoted = false;
            } else if (c == '"' && cell.length() == 0 && !cellWasQuoted) {
                quoted = true;
                cellWasQuoted = true;
            } else if (c == '"' || cellWasQuoted) {
                throw new InputException(
                        file + " line " + line + ": misplaced quote in cell " + (cells.size() + 1));
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new InputException(file + " line " + line + ": unterminated quote in cell " + (cells.size() + 1));
        }
        cells.add(cell.toString());
        return new CsvRecord(file, line, cells);
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
