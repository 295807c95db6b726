package org.adainit.jobs.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.adainit.jobs.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("f.csv"), text, StandardCharsets.ISO_8859_1);
    }

    private static List<String> cells(CsvRecord record) {
        return IntStream.range(0, record.size()).mapToObj(record::text).toList();
    }

    @Test
    void quotedCellsKeepTheirCommasAndDoubledQuotes() throws IOException {
        Path file = write("Id,Name,Cabin,Embarked\r\n1,\"Braund, Mr. Owen \"\"Harris\"\"\",,S\r\n");

        List<CsvRecord> records = CsvFile.read(file);

        assertEquals(2, records.size());
        assertEquals(List.of("1", "Braund, Mr. Owen \"Harris\"", "", "S"), cells(records.get(1)));
    }

    @Test
    void blankLinesAreSkippedAndLineNumbersCountThem() throws IOException {
        Path file = write("1,a\n\n2,b\r\n   \r\n3,c\r4,d");

        List<CsvRecord> records = CsvFile.read(file);

        assertEquals(List.of(1, 3, 5, 6), records.stream().map(CsvRecord::line).toList());
        assertEquals(List.of("4", "d"), cells(records.get(3)));
    }

    @Test
    void everyByteIsReadAsLatin1() throws IOException {
        Path file = dir.resolve("f.csv");
        Files.write(file, new byte[] {'a', ',', (byte) 0xE9, (byte) 0xFF, '\n'});

        assertEquals(List.of("a", "\u00e9\u00ff"), cells(CsvFile.read(file).get(0)));
    }

    @Test
    void aQuoteThatRunsOntoTheNextLineNamesTheLineItOpensOn() throws IOException {
        Path file = write("1,2\n3,\"abc\n4,5\",6\n");

        InputException e = assertThrows(InputException.class, () -> CsvFile.read(file));
        assertEquals(file + " line 2: a quoted cell runs on to line 3 (unterminated quote?)", e.getMessage());
    }

    @Test
    void brokenQuotingNamesTheFileAndLine() throws IOException {
        Path unterminated = write("1,2\n1,\"abc\n");
        InputException open = assertThrows(InputException.class, () -> CsvFile.read(unterminated));
        assertTrue(open.getMessage().startsWith(unterminated + ": "), open.getMessage());
        assertTrue(open.getMessage().contains("line 2"), open.getMessage());

        Path trailing = write("1,2\n3,4\n\"ab\"c,1\n");
        InputException misplaced = assertThrows(InputException.class, () -> CsvFile.read(trailing));
        assertTrue(misplaced.getMessage().startsWith(trailing + ": "), misplaced.getMessage());
        assertTrue(misplaced.getMessage().contains("line: 3"), misplaced.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("absent.csv");

        InputException e = assertThrows(InputException.class, () -> CsvFile.read(missing));
        assertTrue(e.getMessage().startsWith("cannot read " + missing + ": "), e.getMessage());
    }
}
