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

class TitanicReaderTest {

    private static final String HEADER =
            "PassengerId,Survived,Pclass,Name,Sex,Age,SibSp,Parch,Ticket,Fare,Cabin,Embarked\r\n";

    @TempDir
    Path dir;

    private Path write(String... rows) throws IOException {
        Path file = dir.resolve("train.csv");
        Files.writeString(file, HEADER + String.join("\r\n", rows) + "\r\n");
        return file;
    }

    @Test
    void encodesTheSevenFeaturesThroughQuotedCommasAndMissingValues() throws IOException {
        Path file = write(
                "1,0,3,\"Braund, Mr. Owen Harris\",male,22,1,0,A/5 21171,7.25,,S",
                "2,1,1,\"Cumings, Mrs. John Bradley (Florence Briggs Thayer)\",female,38,1,0,PC 17599,71.2833,C85,C",
                "6,0,3,\"Moran, Mr. James\",male,,0,0,330877,8.4583,,Q",
                "62,1,1,\"Icard, Miss. Amelie\",female,38,0,0,113572,80,B28,",
                "10,1,2,\"Nasser, Mrs. Nicholas (\"\"Adele\"\" Achem)\",female,14,1,0,237736,30.0708,,C");

        BinaryPool pool = TitanicReader.read(file);

        assertEquals(List.of("Pclass", "Sex", "Age", "SibSp", "Parch", "Fare", "Embarked"),
                pool.features().stream().map(Feature::name).toList());
        assertArrayEquals(new int[] {0, 1, 0, 1, 1}, pool.y());
        double[][] x = pool.x();
        assertArrayEquals(new double[] {3, 0, 22, 1, 0, 7.25, 0}, x[0]);
        assertArrayEquals(new double[] {1, 1, 38, 1, 0, 71.2833, 1}, x[1]);
        assertEquals(2.0, x[2][6], "Q is encoded 2");
        assertEquals(Double.NaN, x[2][2], "a missing Age stays missing until the training median fills it");
        assertEquals(Double.NaN, x[3][6], "a missing Embarked stays missing until the training mode fills it");
        assertArrayEquals(new double[] {2, 1, 14, 1, 0, 30.0708, 1}, x[4]);
    }

    @Test
    void anUnknownSexNamesTheLineAndColumn() throws IOException {
        Path file = write("1,0,3,\"Braund, Mr. Owen Harris\",man,22,1,0,A/5 21171,7.25,,S");

        InputException e = assertThrows(InputException.class, () -> TitanicReader.read(file));
        assertEquals(file + " line 2: Sex is 'man', expected one of [female, male]", e.getMessage());
    }

    @Test
    void aRowWithAnUnquotedCommaInTheNameHasTooManyCells() throws IOException {
        Path file = write("1,0,3,Braund, Mr. Owen Harris,male,22,1,0,A/5 21171,7.25,,S");

        InputException e = assertThrows(InputException.class, () -> TitanicReader.read(file));
        assertEquals(file + " line 2: expected 12 comma-separated values, found 13", e.getMessage());
    }

    @Test
    void aMissingHeaderColumnIsNamed() throws IOException {
        Path file = dir.resolve("train.csv");
        Files.writeString(file, "PassengerId,Survived,Pclass,Name,Sex,SibSp,Parch,Ticket,Fare,Cabin,Embarked\r\n");

        InputException e = assertThrows(InputException.class, () -> TitanicReader.read(file));
        assertEquals(file + " line 1: header has no column 'Age' (found [PassengerId, Survived, Pclass, Name, Sex, "
                + "SibSp, Parch, Ticket, Fare, Cabin, Embarked])", e.getMessage());
    }
}
