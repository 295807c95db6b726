package org.adainit.jobs.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.adainit.jobs.input.InputException;
import org.junit.jupiter.api.Test;

class CsvRecordTest {

    @Test
    void quotedCellsKeepTheirCommasAndDoubledQuotes() {
        CsvRecord record = CsvRecord.parse("f.csv", 3, "1,\"Braund, Mr. Owen \"\"Harris\"\"\",,S");

        assertEquals(4, record.size());
        assertEquals("Braund, Mr. Owen \"Harris\"", record.text(1));
        assertEquals("", record.text(2));
        assertEquals("S", record.text(3));
    }

    @Test
    void emptyCellIsMissingAndBadNumberNamesFileLineAndColumn() {
        CsvRecord record = CsvRecord.parse("f.csv", 7, "1.5,,abc");

        assertEquals(1.5, record.number(0, "first"));
        assertTrue(Double.isNaN(record.numberOrMissing(1, "second")));
        InputException e = assertThrows(InputException.class, () -> record.number(2, "Fare"));
        assertEquals("f.csv line 7: Fare is 'abc', not a number", e.getMessage());
    }

    @Test
    void brokenQuotingIsRejected() {
        InputException unterminated = assertThrows(InputException.class, () -> CsvRecord.parse("f.csv", 2, "1,\"abc"));
        assertEquals("f.csv line 2: unterminated quote in cell 2", unterminated.getMessage());
        InputException misplaced = assertThrows(InputException.class, () -> CsvRecord.parse("f.csv", 4, "ab\"c,1"));
        assertEquals("f.csv line 4: misplaced quote in cell 1", misplaced.getMessage());
    }

    @Test
    void wrongCellCountIsRejected() {
        InputException e = assertThrows(InputException.class,
                () -> CsvRecord.parse("f.csv", 9, "1,2,3").requireSize(5));
        assertEquals("f.csv line 9: expected 5 comma-separated values, found 3", e.getMessage());
    }
}
