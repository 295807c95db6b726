package org.adainit.jobs.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.adainit.jobs.input.InputException;
import org.junit.jupiter.api.Test;

class CsvRecordTest {

    @Test
    void cellsAreReadWithoutSurroundingBlanks() {
        CsvRecord record = new CsvRecord("f.csv", 3, List.of("1", " Braund, Mr. Owen ", "", "S"));

        assertEquals(4, record.size());
        assertEquals("Braund, Mr. Owen", record.text(1));
        assertEquals("", record.text(2));
    }

    @Test
    void emptyCellIsMissingAndBadNumberNamesFileLineAndColumn() {
        CsvRecord record = new CsvRecord("f.csv", 7, List.of("1.5", " ", "abc", "Infinity"));

        assertEquals(1.5, record.number(0, "first"));
        assertTrue(Double.isNaN(record.numberOrMissing(1, "second")));
        InputException e = assertThrows(InputException.class, () -> record.number(2, "Fare"));
        assertEquals("f.csv line 7: Fare is 'abc', not a number", e.getMessage());
        InputException infinite = assertThrows(InputException.class, () -> record.number(3, "Age"));
        assertEquals("f.csv line 7: Age is 'Infinity', not a number", infinite.getMessage());
    }

    @Test
    void wrongCellCountIsRejected() {
        InputException e = assertThrows(InputException.class,
                () -> new CsvRecord("f.csv", 9, List.of("1", "2", "3")).requireSize(5));
        assertEquals("f.csv line 9: expected 5 comma-separated values, found 3", e.getMessage());
    }
}
