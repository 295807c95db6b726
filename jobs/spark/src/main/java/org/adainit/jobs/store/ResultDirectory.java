package org.adainit.jobs.store;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.adainit.jobs.input.InputException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;

/**
 * The {@code --out} directory of a run, on any Hadoop file system (a local path, {@code hdfs://}, {@code s3a://}):
 * one folder per table, {@code manifest.json}, and {@code _cells/} with one committed outcome per finished cell.
 * Serialisable, so executors commit cells into it themselves.
 */
public final class ResultDirectory implements Serializable {

    public static final String MANIFEST = "manifest.json";
    public static final String CELLS = "_cells";

    private final String root;
    private final HadoopConf hadoop;

    private ResultDirectory(String root, HadoopConf hadoop) {
        this.root = root;
        this.hadoop = hadoop;
    }

    /** Opens (without creating) {@code location}; a relative path is resolved against the working directory. */
    public static ResultDirectory open(String location, Configuration configuration) {
        try {
            Path path = new Path(location);
            FileSystem fs = path.getFileSystem(configuration);
            Path qualified = fs.makeQualified(path);
            if (fs.exists(qualified) && !fs.getFileStatus(qualified).isDirectory()) {
                throw new InputException("--out " + location + " is a file, not a directory");
            }
            return new ResultDirectory(qualified.toString(), HadoopConf.of(configuration));
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException("--out " + location + ": cannot open (" + e.getMessage() + ")", e);
        }
    }

    /** The fully qualified location, e.g. {@code file:/home/me/results/quickstart}. */
    public String uri() {
        return root;
    }

    public String table(String name) {
        return new Path(root, name).toString();
    }

    Path path(String child) {
        return new Path(root, child);
    }

    public FileSystem fileSystem() {
        try {
            return new Path(root).getFileSystem(hadoop.get());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + root + ": " + e.getMessage(), e);
        }
    }

    public boolean exists(String child) {
        try {
            return fileSystem().exists(path(child));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + root + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a file of the directory if it exists. */
    public void delete(String child) {
        try {
            fileSystem().delete(path(child), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path(child) + ": " + e.getMessage(), e);
        }
    }

    /** The folder {@code child} of this directory as a result directory of its own, e.g. to stage tables in. */
    public ResultDirectory subdirectory(String child) {
        return new ResultDirectory(path(child).toString(), hadoop);
    }

    /** Deletes a file or a folder with everything in it, if it exists. */
    public void deleteTree(String child) {
        try {
            fileSystem().delete(path(child), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path(child) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the folder {@code child} with the folder {@code source} of {@code staging} (same file system) by a
     * rename, so readers see the old folder or the new one, never one being written.
     */
    public void replaceFolder(String child, ResultDirectory staging, String source) {
        FileSystem fs = fileSystem();
        try {
            fs.delete(path(child), true);
            if (!fs.rename(staging.path(source), path(child))) {
                throw new IOException("rename from " + staging.path(source) + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + path(child) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every file under the folder {@code child} (recursively) by its path relative to that folder, with its length and
     * modification time: enough to tell that a file was added, removed or rewritten. Empty when the folder is missing.
     */
    public Map<String, String> stamps(String child) {
        Map<String, String> stamps = new TreeMap<>();
        Path folder = fileSystem().makeQualified(path(child));
        for (FileStatus file : filesUnder(folder)) {
            String relative = file.getPath().toUri().getPath().substring(folder.toUri().getPath().length() + 1);
            stamps.put(relative, stamp(file));
        }
        return stamps;
    }

    /** The stamp of the file {@code child}, as {@link #stamps} gives it. */
    public String stamp(String child) {
        Path file = path(child);
        try {
            return stamp(fileSystem().getFileStatus(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the status of " + file + ": " + e.getMessage(), e);
        }
    }

    private static String stamp(FileStatus file) {
        return file.getLen() + " " + file.getModificationTime();
    }

    /** The bytes of every file under the folder {@code child} (recursively); 0 when the folder is missing. */
    public long bytes(String child) {
        return filesUnder(path(child)).stream().mapToLong(FileStatus::getLen).sum();
    }

    /** Every file under {@code folder}, recursively; none when it is missing. */
    private List<FileStatus> filesUnder(Path folder) {
        try {
            return HadoopFiles.filesUnder(fileSystem(), folder);
        } catch (FileNotFoundException absent) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    public String readText(String child) {
        return HadoopFiles.readText(fileSystem(), path(child));
    }

    public void writeAtomically(String child, byte[] content) {
        HadoopFiles.writeAtomically(fileSystem(), path(child), content);
    }

    @Override
    public String toString() {
        return root;
    }
}
