package org.adainit.jobs.datasets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/** Small upstream-format files that tests write themselves. */
final class Fixtures {

    private Fixtures() {}

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An IDX label file: magic 2049, count, one byte per label. */
    static byte[] idxLabels(int... labels) {
        ByteBuffer buffer = ByteBuffer.allocate(8 + labels.length).putInt(2049).putInt(labels.length);
        for (int label : labels) {
            buffer.put((byte) label);
        }
        return buffer.array();
    }

    /** An IDX image file of rows × columns images where image i has every pixel equal to {@code pixel.apply(i)}. */
    static byte[] idxImages(int count, int rows, int columns, java.util.function.IntUnaryOperator pixel) {
        ByteBuffer buffer = ByteBuffer.allocate(16 + count * rows * columns)
                .putInt(2051).putInt(count).putInt(rows).putInt(columns);
        for (int i = 0; i < count; i++) {
            for (int p = 0; p < rows * columns; p++) {
                buffer.put((byte) pixel.applyAsInt(i));
            }
        }
        return buffer.array();
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A catalog in the shipped format whose files are the given fixtures; descriptions are "<name> fixture".
     *
     * @param mirror base URL or empty
     * @param irisData bytes of the iris.data the catalog expects (other datasets get placeholder checksums)
     */
    static DatasetCatalog catalog(String mirror, byte[] irisData) {
        String placeholder = "0".repeat(64);
        String yaml = "mirror: \"" + mirror + "\"\n"
                + "datasets:\n"
                + dataset("iris", file("iris.data", sha256(irisData), irisData.length, "url: http://127.0.0.1:9/iris.data"))
                + dataset("wine", file("wine.data", placeholder, 1, "url: http://127.0.0.1:9/wine.data"))
                + dataset("titanic", file("train.csv", placeholder, 1, "manual: get it from Kaggle"))
                + dataset("mnist", file("train-images-idx3-ubyte.gz", placeholder, 1, "url: http://127.0.0.1:9/a.gz")
                        + file("train-labels-idx1-ubyte.gz", placeholder, 1, "url: http://127.0.0.1:9/b.gz"));
        return DatasetCatalog.parse(new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "test.yaml");
    }

    private static String dataset(String name, String files) {
        return "  " + name + ":\n    description: " + name + " fixture\n    files:\n" + files;
    }

    private static String file(String name, String sha, long size, String source) {
        return "      - name: " + name + "\n        sha256: \"" + sha + "\"\n        size: " + size + "\n        " + source + "\n";
    }
}
