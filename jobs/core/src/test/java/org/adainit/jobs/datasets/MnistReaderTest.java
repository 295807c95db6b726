package org.adainit.jobs.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.adainit.jobs.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistReaderTest {

    private static final int[] LABELS = {5, 0, 4, 1, 9, 2, 1, 3, 1, 0};

    @TempDir
    Path dir;

    /** Image i has every pixel equal to 10·i, so a kept row reveals which image it came from. */
    private static byte[] images() {
        return Fixtures.idxImages(LABELS.length, 2, 3, i -> 10 * i);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void keepsDigitsZeroAndOneInFileOrderScaledTo01FromGzippedFiles() throws IOException {
        BinaryPool pool = MnistReader.read(write("images.gz", Fixtures.gzip(images())),
                write("labels.gz", Fixtures.gzip(Fixtures.idxLabels(LABELS))));

        assertArrayEquals(new int[] {0, 1, 1, 1, 0}, pool.y());
        assertEquals(6, pool.featureCount());
        double[] expectedFirstPixel = Arrays.stream(new int[] {1, 3, 6, 8, 9}).mapToDouble(i -> 10 * i / 255.0).toArray();
        assertArrayEquals(expectedFirstPixel, Arrays.stream(pool.x()).mapToDouble(row -> row[0]).toArray(), 0);
    }

    @Test
    void uncompressedFilesGiveTheSamePool() throws IOException {
        BinaryPool gz = MnistReader.read(write("images.gz", Fixtures.gzip(images())),
                write("labels.gz", Fixtures.gzip(Fixtures.idxLabels(LABELS))));
        BinaryPool raw = MnistReader.read(write("images", images()), write("labels", Fixtures.idxLabels(LABELS)));

        assertArrayEquals(gz.y(), raw.y());
        assertTrue(Arrays.deepEquals(gz.x(), raw.x()));
    }

    @Test
    void aTruncatedImageFileIsReported() throws IOException {
        byte[] full = images();
        Path images = write("images", Arrays.copyOf(full, full.length - 3));
        Path labels = write("labels", Fixtures.idxLabels(LABELS));

        InputException e = assertThrows(InputException.class, () -> MnistReader.read(images, labels));
        assertEquals(images + " is truncated: it ends before 10 images of 2x3 are complete; download it again",
                e.getMessage());
    }

    @Test
    void aTruncatedGzipIsReported() throws IOException {
        byte[] gz = Fixtures.gzip(Fixtures.idxLabels(LABELS));
        Path labels = write("labels.gz", Arrays.copyOf(gz, gz.length - 12));

        InputException e = assertThrows(InputException.class, () -> IdxReader.readLabels(labels));
        assertTrue(e.getMessage().startsWith(labels + " is truncated"), e.getMessage());
    }

    @Test
    void swappedFilesFailOnTheMagicNumber() throws IOException {
        Path images = write("images", images());
        Path labels = write("labels", Fixtures.idxLabels(LABELS));

        InputException e = assertThrows(InputException.class, () -> MnistReader.read(labels, images));
        assertEquals(images + ": magic number 2051, expected 2049 for an IDX label file; the file is not MNIST "
                + "labels or is corrupt", e.getMessage());
    }

    @Test
    void extraBytesAndMismatchedCountsAreRejected() throws IOException {
        byte[] labelsBytes = Fixtures.idxLabels(LABELS);
        Path padded = write("padded", Arrays.copyOf(labelsBytes, labelsBytes.length + 1));
        assertEquals(padded + ": more bytes than the header's 10 labels; the file is corrupt",
                assertThrows(InputException.class, () -> IdxReader.readLabels(padded)).getMessage());

        Path images = write("images", images());
        Path fewerLabels = write("labels", Fixtures.idxLabels(Arrays.copyOf(LABELS, 9)));
        assertEquals(images + " holds 10 images but " + fewerLabels + " holds 9 labels; they are not a matching pair",
                assertThrows(InputException.class, () -> MnistReader.read(images, fewerLabels)).getMessage());
    }
}
