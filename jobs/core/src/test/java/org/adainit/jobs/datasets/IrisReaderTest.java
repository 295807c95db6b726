package org.adainit.jobs.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adainit.jobs.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IrisReaderTest {

    @TempDir
    Path dir;

    @Test
    void keepsSetosaAndVersicolorAndSkipsTheEmptyLastLine() throws IOException {
        Path file = dir.resolve("iris.data");
        Files.writeString(file, """
                5.1,3.5,1.4,0.2,Iris-setosa
                7.0,3.2,4.7,1.4,Iris-versicolor
                6.3,3.3,6.0,2.5,Iris-virginica
                4.9,3.0,1.4,0.2,Iris-setosa

                """);

        BinaryPool pool = IrisReader.read(file);

        assertEquals(3, pool.size());
        assertArrayEquals(new int[] {0, 1, 0}, pool.y());
        assertArrayEquals(new double[] {7.0, 3.2, 4.7, 1.4}, pool.x()[1]);
        assertArrayEquals(new int[] {2, 1}, pool.classCounts());
        assertEquals(List.of("Iris-setosa", "Iris-versicolor"), pool.classNames());
    }

    @Test
    void aBadRowNamesFileLineAndColumn() throws IOException {
        Path file = dir.resolve("iris.data");
        Files.writeString(file, "5.1,3.5,1.4,0.2,Iris-setosa\n7.0,3.2,x,1.4,Iris-versicolor\n");

        InputException e = assertThrows(InputException.class, () -> IrisReader.read(file));
        assertEquals(file + " line 2: petal length is 'x', not a number", e.getMessage());
    }

    @Test
    void anUnknownSpeciesOrAMissingClassIsRejected() throws IOException {
        Path unknown = dir.resolve("unknown.data");
        Files.writeString(unknown, "5.1,3.5,1.4,0.2,Iris-setosa\n7.0,3.2,4.7,1.4,Iris-nova\n");
        InputException e = assertThrows(InputException.class, () -> IrisReader.read(unknown));
        assertEquals(unknown + " line 2: species is 'Iris-nova', expected one of "
                + "[Iris-setosa, Iris-versicolor, Iris-virginica]", e.getMessage());

        Path oneClass = dir.resolve("setosa-only.data");
        Files.writeString(oneClass, "5.1,3.5,1.4,0.2,Iris-setosa\n");
        InputException missing = assertThrows(InputException.class, () -> IrisReader.read(oneClass));
        assertEquals(oneClass + ": no row of class 'Iris-versicolor'; the file is not the upstream dataset",
                missing.getMessage());
    }
}
