package org.adainit.jobs.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.adainit.jobs.input.InputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a comma-separated file (RFC 4180 quoting, parsed by Commons CSV) into records, one per non-blank line (UCI's
 * iris.data ends in an empty line).
 */
final class CsvFile {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private CsvFile() {}

    /**
     * Every non-blank line, LF, CRLF or CR terminated, with its 1-based line number kept for messages. A quoted cell
     * may not span lines: none of the supported files has one, and accepting it would hide a file whose quotes are
     * broken.
     */
    static List<CsvRecord> read(Path path) {
        List<CsvRecord> records = new ArrayList<>();
        // Latin-1 maps every byte to a character, so an odd byte shows up in a cell instead of failing the read.
        try (CSVParser parser = CSVParser.parse(path, StandardCharsets.ISO_8859_1, FORMAT)) {
            for (CSVRecord parsed : parser) {
                List<String> cells = parsed.toList();
                // The parser has just read the record's line break, so its count is the line the record ends on.
                int lastLine = Math.toIntExact(parser.getCurrentLineNumber());
                int line = lastLine - lineBreaks(cells);
                if (line != lastLine) {
                    throw new InputException(path + " line " + line + ": a quoted cell runs on to line " + lastLine
                            + " (unterminated quote?)");
                }
                if (!(cells.size() == 1 && cells.get(0).isBlank())) {
                    records.add(new CsvRecord(path.toString(), line, cells));
                }
            }
        } catch (IOException e) {
            throw new InputException("cannot read " + path + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            // How the parser's iterator reports malformed quoting; its message gives the line and position.
            throw new InputException(path + ": " + e.getCause().getMessage(), e);
        }
        return records;
    }

    /** Line breaks inside the cells, which only a quoted cell can hold: CRLF, CR and LF count one each. */
    private static int lineBreaks(List<String> cells) {
        int breaks = 0;
        for (String cell : cells) {
            breaks += LINE_BREAK.split(cell, -1).length - 1;
        }
        return breaks;
    }
}
