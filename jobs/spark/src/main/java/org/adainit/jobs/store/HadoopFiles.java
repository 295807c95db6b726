package org.adainit.jobs.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.StreamCapabilities;

/**
 * Whole-file reads and atomic writes through the Hadoop FileSystem API, so the same code works on local disks, HDFS
 * and S3A. A write goes to a temporary file in the same folder and is renamed into place: readers never see half a
 * file, and a process killed mid-write leaves only a temporary file behind.
 */
public final class HadoopFiles {

    /**
     * Every file under {@code folder}, recursively. Not {@code FileSystem.listFiles}: its located statuses read each
     * file's permissions, which the local file system without Hadoop's native library does by running {@code ls} once
     * per file (about a second for the quickstart's 126 committed cells, several for a grid of a thousand).
     */
    public static List<FileStatus> filesUnder(FileSystem fs, Path folder) throws IOException {
        List<FileStatus> files = new ArrayList<>();
        for (FileStatus status : fs.listStatus(folder)) {
            if (status.isDirectory()) {
                files.addAll(filesUnder(fs, status.getPath()));
            } else {
                files.add(status);
            }
        }
        return files;
    }

    /** Temporary files start with '_' so that Spark's file listing and our own listings skip them. */
    static final String TEMPORARY_PREFIX = "_tmp.";

    private HadoopFiles() {}

    static void writeAtomically(FileSystem fs, Path target, byte[] content) {
        Path temporary = new Path(target.getParent(), TEMPORARY_PREFIX + target.getName() + "." + UUID.randomUUID());
        try {
            try (FSDataOutputStream out = fs.create(temporary, true)) {
                out.write(content);
                if (out.hasCapability(StreamCapabilities.HSYNC)) {
                    out.hsync();
                }
            }
            // HDFS refuses to rename onto an existing file; a crash between the two steps only loses the old version.
            if (fs.exists(target) && !fs.delete(target, false)) {
                throw new IOException("cannot replace " + target);
            }
            if (!fs.rename(temporary, target)) {
                throw new IOException("cannot rename " + temporary + " to " + target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + target + ": " + e.getMessage(), e);
        }
    }

    static String readText(FileSystem fs, Path file) {
        try (InputStream in = fs.open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file + ": " + e.getMessage(), e);
        }
    }
}
