package org.adainit.jobs.datasets;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.adainit.jobs.input.InputException;

/**
 * Reads LeCun's IDX files, gzipped or not (detected from the content, not the name): {@code idx1-ubyte} labels
 * (magic 2049) and {@code idx3-ubyte} images (magic 2051), big-endian, checking the magic number and that the data
 * holds exactly as many bytes as the header announces.
 */
final class IdxReader {

    static final int LABEL_MAGIC = 2049;
    static final int IMAGE_MAGIC = 2051;
    private static final int BUFFER = 1 << 16;

    /** Images kept by a filter, with the file's total count and image size. */
    record Images(int count, int rows, int columns, List<byte[]> kept) {}

    private IdxReader() {}

    static int[] readLabels(Path file) {
        try (DataInputStream in = open(file)) {
            checkMagic(file, in.readInt(), LABEL_MAGIC, "label");
            int count = positive(file, in.readInt(), "label count");
            byte[] bytes = new byte[count];
            readBody(file, in, bytes, count + " labels");
            requireEnd(file, in, count + " labels");
            int[] labels = new int[count];
            for (int i = 0; i < count; i++) {
                labels[i] = Byte.toUnsignedInt(bytes[i]);
            }
            return labels;
        } catch (EOFException e) {
            throw truncated(file, "the header");
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** Reads every image and keeps those whose 0-based index passes {@code keep}, so a pool never holds all 60000. */
    static Images readImages(Path file, IntPredicate keep) {
        try (DataInputStream in = open(file)) {
            checkMagic(file, in.readInt(), IMAGE_MAGIC, "image");
            int count = positive(file, in.readInt(), "image count");
            int rows = positive(file, in.readInt(), "row count");
            int columns = positive(file, in.readInt(), "column count");
            String announced = count + " images of " + rows + "x" + columns;
            List<byte[]> kept = new ArrayList<>();
            byte[] image = new byte[Math.multiplyExact(rows, columns)];
            for (int i = 0; i < count; i++) {
                readBody(file, in, image, announced);
                if (keep.test(i)) {
                    kept.add(image.clone());
                }
            }
            requireEnd(file, in, announced);
            return new Images(count, rows, columns, kept);
        } catch (EOFException e) {
            throw truncated(file, "the header");
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        raw.mark(2);
        boolean gzipped = raw.read() == 0x1f && raw.read() == 0x8b;
        raw.reset();
        InputStream content = gzipped ? new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER) : raw;
        return new DataInputStream(content);
    }

    private static void checkMagic(Path file, int magic, int expected, String kind) {
        if (magic != expected) {
            throw new InputException(file + ": magic number " + magic + ", expected " + expected + " for an IDX "
                    + kind + " file; the file is not " + (expected == LABEL_MAGIC ? "MNIST labels" : "MNIST images")
                    + " or is corrupt");
        }
    }

    private static int positive(Path file, int value, String field) {
        if (value <= 0) {
            throw new InputException(file + ": header " + field + " is " + value + ", expected a positive number");
        }
        return value;
    }

    private static void readBody(Path file, DataInputStream in, byte[] into, String announced) throws IOException {
        try {
            in.readFully(into);
        } catch (EOFException e) {
            throw truncated(file, announced);
        }
    }

    private static void requireEnd(Path file, DataInputStream in, String announced) throws IOException {
        if (in.read() != -1) {
            throw new InputException(file + ": more bytes than the header's " + announced + "; the file is corrupt");
        }
    }

    private static InputException truncated(Path file, String announced) {
        return new InputException(file + " is truncated: it ends before " + announced
                + " are complete; download it again");
    }

    private static InputException unreadable(Path file, IOException e) {
        if (e instanceof ZipException) {
            return new InputException(file + ": corrupt gzip data (" + e.getMessage() + "); download it again", e);
        }
        return new InputException("cannot read " + file + ": " + e.getMessage(), e);
    }
}
