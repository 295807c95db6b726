package org.adainit.jobs.store;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.adainit.jobs.outcome.CellStatus;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Durable per-cell commits under {@code OUT/_cells/}: each finished cell is written as {@code <cell id>.<status>.json}
 * the moment it finishes, atomically (temporary file, then rename), by the executor that ran it. The status in the
 * file name lets a resuming driver see what is done from one directory listing. Killing any process at any time loses
 * at most the cells still running.
 */
public final class CellStore implements Serializable {

    private static final String SUFFIX = ".json";

    private final ResultDirectory directory;

    public CellStore(ResultDirectory directory) {
        this.directory = directory;
    }

    /**
     * Commits one cell's outcome; a later commit of the same cell replaces the earlier one.
     *
     * @return the name of the committed file
     */
    public String commit(String cellId, CellStatus status, byte[] outcome) {
        FileSystem fs = directory.fileSystem();
        Path committed = file(cellId, status);
        HadoopFiles.writeAtomically(fs, committed, outcome);
        for (CellStatus other : CellStatus.values()) {
            if (other != status) {
                delete(fs, file(cellId, other));
            }
        }
        return committed.getName();
    }

    /** True when {@code cellId} is committed as finished successfully. */
    public boolean isDone(String cellId) {
        Path path = file(cellId, CellStatus.OK);
        try {
            return directory.fileSystem().exists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("looking for " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * The committed cells and their status, after removing what an interrupted process can leave behind: temporary
     * files, and a stale failure next to a later success of the same cell.
     */
    public Map<String, CellStatus> reconcile() {
        FileSystem fs = directory.fileSystem();
        Map<String, CellStatus> committed = new TreeMap<>();
        FileStatus[] files;
        try {
            files = fs.listStatus(folder());
        } catch (FileNotFoundException nothingCommittedYet) {
            return committed;
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + folder() + ": " + e.getMessage(), e);
        }
        for (FileStatus status : files) {
            String name = status.getPath().getName();
            if (name.startsWith(HadoopFiles.TEMPORARY_PREFIX)) {
                delete(fs, status.getPath());
                continue;
            }
            for (CellStatus cellStatus : CellStatus.values()) {
                String suffix = "." + cellStatus.externalName() + SUFFIX;
                if (name.endsWith(suffix)) {
                    committed.merge(name.substring(0, name.length() - suffix.length()), cellStatus,
                            (a, b) -> a == CellStatus.OK || b == CellStatus.OK ? CellStatus.OK : a);
                }
            }
        }
        committed.forEach((cellId, status) -> {
            if (status == CellStatus.OK) {
                delete(fs, file(cellId, CellStatus.FAILED));
            }
        });
        return committed;
    }

    /**
     * Each committed file's length and modification time by file name: they change whenever a cell is committed,
     * recomputed or deleted, so tables built from other stamps are stale.
     */
    public Map<String, String> stamps() {
        Map<String, String> stamps = new TreeMap<>(directory.stamps(ResultDirectory.CELLS));
        stamps.keySet().removeIf(name -> name.startsWith(HadoopFiles.TEMPORARY_PREFIX));
        return stamps;
    }

    /** The stamp of one committed file, as {@link #stamps()} gives it. */
    public String stamp(String fileName) {
        return directory.stamp(ResultDirectory.CELLS + "/" + fileName);
    }

    /** The names of the committed files (after {@link #reconcile()}, one per cell). */
    public List<String> fileNames() {
        return new ArrayList<>(stamps().keySet());
    }

    /** Where a committed file is, for messages. */
    public String location(String fileName) {
        return new Path(folder(), fileName).toString();
    }

    /**
     * The text of a committed file.
     *
     * @throws UncheckedIOException naming the file when it cannot be read (e.g. its checksum does not match)
     */
    public String readText(String fileName) {
        return HadoopFiles.readText(directory.fileSystem(), new Path(folder(), fileName));
    }

    private Path folder() {
        return directory.path(ResultDirectory.CELLS);
    }

    private Path file(String cellId, CellStatus status) {
        return new Path(folder(), cellId + "." + status.externalName() + SUFFIX);
    }

    private static void delete(FileSystem fs, Path path) {
        try {
            fs.delete(path, false);
        } catch (IOException e) {
            throw new UncheckedIOException("deleting " + path + ": " + e.getMessage(), e);
        }
    }
}
