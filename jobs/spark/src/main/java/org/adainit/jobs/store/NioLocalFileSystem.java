package org.adainit.jobs.store;

import java.io.IOException;
import java.nio.file.Files;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system (checksums included) with one change: permissions are set through {@code java.nio}.
 * Without Hadoop's native library, which the Maven artifacts do not ship, {@link RawLocalFileSystem} sets the mode of
 * every file and folder it creates by starting a {@code chmod} process: two per committed cell (the file and its
 * checksum) and a few dozen per table build, 344 processes in a quickstart run, each costing milliseconds of a core.
 * The mode set is the same; only the way it is set differs. Installed as {@code fs.file.impl} of local-mode sessions
 * by {@code SparkSessions} (a user's own {@code spark.hadoop.fs.file.impl} wins).
 */
public final class NioLocalFileSystem extends LocalFileSystem {

    /** The Hadoop setting that names the implementation of {@code file:} paths. */
    public static final String HADOOP_KEY = "fs.file.impl";

    public NioLocalFileSystem() {
        super(new NioRawLocalFileSystem());
    }

    /** The raw (checksum-free) layer, where Hadoop starts its {@code chmod}. */
    static final class NioRawLocalFileSystem extends RawLocalFileSystem {

        @Override
        public void setPermission(Path path, FsPermission permission) throws IOException {
            try {
                // The "unix" view takes the whole mode, sticky bit included, in one chmod(2).
                Files.setAttribute(pathToFile(path).toPath(), "unix:mode", (int) permission.toShort());
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                // A platform without the unix view (Windows): Hadoop's own way.
                super.setPermission(path, permission);
            }
        }
    }
}
