package org.adainit.jobs.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adainit.jobs.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WineReaderTest {

    @TempDir
    Path dir;

    @Test
    void theClassIsInTheFirstColumnAndCultivarThreeIsDropped() throws IOException {
        Path file = dir.resolve("wine.data");
        Files.writeString(file, """
                1,14.23,1.71,2.43,15.6,127,2.8,3.06,.28,2.29,5.64,1.04,3.92,1065
                3,12.86,1.35,2.32,18,122,1.51,1.25,.21,.94,4.1,.76,1.29,630
                2,12.37,.94,1.36,10.6,88,1.98,.57,.28,.42,1.95,1.05,1.82,520
                """);

        BinaryPool pool = WineReader.read(file);

        assertEquals(13, pool.featureCount());
        assertArrayEquals(new int[] {0, 1}, pool.y());
        assertEquals(14.23, pool.x()[0][0]);
        assertEquals(520.0, pool.x()[1][12]);
    }

    @Test
    void aBadClassOrShortRowIsRejectedWithItsLine() throws IOException {
        Path badClass = dir.resolve("bad-class.data");
        Files.writeString(badClass, "4,14.23,1.71,2.43,15.6,127,2.8,3.06,.28,2.29,5.64,1.04,3.92,1065\n");
        assertEquals(badClass + " line 1: class (column 1) is '4', expected 1, 2 or 3",
                assertThrows(InputException.class, () -> WineReader.read(badClass)).getMessage());

        Path shortRow = dir.resolve("short.data");
        Files.writeString(shortRow, "1,14.23,1.71\n");
        assertEquals(shortRow + " line 1: expected 14 comma-separated values, found 3",
                assertThrows(InputException.class, () -> WineReader.read(shortRow)).getMessage());
    }
}
