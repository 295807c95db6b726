package org.adainit.jobs.store;

import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * The local disk under a scheme of its own, for a test file system that injects a fault into the files it creates;
 * both of Hadoop's {@code create} signatures go through {@link #created}.
 */
abstract class SchemedLocalFileSystem extends RawLocalFileSystem {

    /** Makes the local file's stream, or throws what the local file system would. */
    interface LocalCreate {
        FSDataOutputStream open() throws IOException;
    }

    private final String scheme;

    SchemedLocalFileSystem(String scheme) {
        this.scheme = scheme;
    }

    /** The stream for a new file at {@code f}: the local one ({@code local.open()}), a failing one, or a refusal. */
    abstract FSDataOutputStream created(Path f, LocalCreate local) throws IOException;

    @Override
    public URI getUri() {
        return URI.create(scheme + ":///");
    }

    @Override
    public String getScheme() {
        return scheme;
    }

    @Override
    public FSDataOutputStream create(Path f, FsPermission permission, boolean overwrite, int bufferSize,
            short replication, long blockSize, Progressable progress) throws IOException {
        return created(f, () -> super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress));
    }

    @Override
    public FSDataOutputStream create(Path f, boolean overwrite, int bufferSize, short replication, long blockSize,
            Progressable progress) throws IOException {
        return created(f, () -> super.create(f, overwrite, bufferSize, replication, blockSize, progress));
    }
}
