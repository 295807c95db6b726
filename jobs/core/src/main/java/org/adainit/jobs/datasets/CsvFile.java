package org.adainit.jobs.datasets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adainit.jobs.input.InputException;

/** Reads a comma-separated file into records, one per non-blank line (UCI's iris.data ends in an empty line). */
final class CsvFile {

    private CsvFile() {}

    /** Every non-blank line, LF or CRLF terminated, with its 1-based line number kept for messages. */
    static List<CsvRecord> read(Path path) {
        List<String> lines;
        try {
            // Latin-1 maps every byte to a character, so an odd byte shows up in a cell instead of failing the read.
            lines = Files.readAllLines(path, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new InputException("cannot read " + path + ": " + e.getMessage(), e);
        }
        List<CsvRecord> records = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                records.add(CsvRecord.parse(path.toString(), i + 1, lines.get(i)));
            }
        }
        return records;
    }
}
