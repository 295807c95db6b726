package org.adainit.jobs.store;

import java.io.IOException;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.security.AccessControlException;

/**
 * The local disk under the scheme {@code readonly:}, registered with {@code fs.readonly.impl}: everything reads, nothing
 * writes, refused as HDFS refuses a folder without write permission. The tests run as root, for whom a read-only local
 * folder still writes.
 */
public final class ReadOnlyFileSystem extends SchemedLocalFileSystem {

    public static final String SCHEME = "readonly";

    public ReadOnlyFileSystem() {
        super(SCHEME);
    }

    @Override
    FSDataOutputStream created(Path f, LocalCreate local) throws IOException {
        throw denied(f);
    }

    @Override
    public boolean mkdirs(Path f, FsPermission permission) throws IOException {
        throw denied(f);
    }

    @Override
    public boolean rename(Path source, Path target) throws IOException {
        throw denied(target);
    }

    @Override
    public boolean delete(Path f, boolean recursive) throws IOException {
        throw denied(f);
    }

    private static AccessControlException denied(Path f) {
        return new AccessControlException("Permission denied: user=test, access=WRITE, inode=\""
                + f.toUri().getPath() + "\"");
    }
}
