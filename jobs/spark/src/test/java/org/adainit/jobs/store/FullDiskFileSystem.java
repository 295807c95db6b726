package org.adainit.jobs.store;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * The local disk under the scheme {@code full:}, registered with {@code fs.full.impl}: after a set number of committed
 * cells, every further cell file fails to write as on a full disk, and after a set number of table files (Parquet),
 * every further one; everything else still writes.
 */
public final class FullDiskFileSystem extends SchemedLocalFileSystem {

    public static final String SCHEME = "full";
    private static final AtomicInteger CELL_FILES_LEFT = new AtomicInteger(Integer.MAX_VALUE);
    private static final AtomicInteger TABLE_FILES_LEFT = new AtomicInteger(Integer.MAX_VALUE);

    /** Lets {@code count} more cell files be written, then fails the rest. */
    public static void allowCellFiles(int count) {
        CELL_FILES_LEFT.set(count);
    }

    /** Lets {@code count} more Parquet files be written, then fails the rest. */
    public static void allowTableFiles(int count) {
        TABLE_FILES_LEFT.set(count);
    }

    public FullDiskFileSystem() {
        super(SCHEME);
    }

    @Override
    public FileStatus getFileStatus(Path f) throws IOException {
        return withDefaultPermission(super.getFileStatus(f));
    }

    @Override
    public FileStatus[] listStatus(Path f) throws IOException {
        FileStatus[] statuses = super.listStatus(f);
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] = withDefaultPermission(statuses[i]);
        }
        return statuses;
    }

    /**
     * The local file system reads a file's permission lazily through a java.io.File of its URI, which refuses any
     * scheme but file:; the tests need lengths and times, not permissions.
     */
    private static FileStatus withDefaultPermission(FileStatus status) {
        return new FileStatus(status.getLen(), status.isDirectory(), status.getReplication(), status.getBlockSize(),
                status.getModificationTime(), status.getAccessTime(),
                status.isDirectory() ? FsPermission.getDirDefault() : FsPermission.getFileDefault(), "", "",
                status.getPath());
    }

    @Override
    FSDataOutputStream created(Path f, LocalCreate local) throws IOException {
        FSDataOutputStream out = local.open();
        AtomicInteger left = f.toString().contains("/" + ResultDirectory.CELLS + "/") ? CELL_FILES_LEFT
                : f.getName().endsWith(".parquet") ? TABLE_FILES_LEFT : null;
        if (left == null || left.getAndDecrement() > 0) {
            return out;
        }
        OutputStream failing = new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        return new FSDataOutputStream(failing, null);
    }
}
