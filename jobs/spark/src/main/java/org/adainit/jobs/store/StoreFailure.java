package org.adainit.jobs.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.util.Optional;
import org.apache.hadoop.fs.ParentNotDirectoryException;

/**
 * Failures of the file system under a result directory (no permission, a file where a folder should be, a full disk)
 * told in one line that names the path and the cause: they are the environment's, not a bug to show a stack trace for.
 */
public final class StoreFailure {

    private StoreFailure() {}

    /** The cause of a file-system failure in a few words, naming the path when the exception knows it. */
    public static String cause(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " exists and is not a folder";
        }
        if (e instanceof FileSystemException failure && failure.getReason() != null) {
            return failure.getFile() + ": " + failure.getReason();
        }
        if (e instanceof ParentNotDirectoryException) {
            return firstLine(e.getMessage()) + " (a file where a folder should be)";
        }
        return firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /**
     * The file-system failure behind {@code failure}, if any: an {@link IOException} (also inside an
     * {@code UncheckedIOException} or a Spark job failure) with the message of our wrapper when there is one, which
     * names the file being written.
     */
    public static Optional<String> explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.io.UncheckedIOException unchecked) {
                return Optional.of(firstLine(unchecked.getMessage()));
            }
            if (t instanceof IOException io) {
                return Optional.of(cause(io));
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }
}
