package org.adainit.jobs.datasets;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.adainit.jobs.digest.Sha256;
import org.adainit.jobs.input.InputException;

/**
 * Fetches a missing dataset file over HTTP(S) into a temporary file beside its destination, checks its size and
 * SHA-256 against the catalog and only then renames it into place atomically, so a failed, corrupt or interrupted
 * download never leaves a file that looks complete. A configured mirror is the only source tried; without one the
 * file's canonical URL is. Progress lines go to a consumer (stderr in the CLI).
 */
public final class Downloader {

    /** Default for both the wait for the response headers and the longest pause in the body. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 200;

    private final Optional<URI> mirror;
    private final Duration timeout;
    private final Consumer<String> progress;

    /**
     * @param mirror base URL replacing every canonical URL; file NAME is fetched from {@code mirror/NAME}
     * @param timeout longest wait to connect, for the response headers, and between two pieces of the body
     * @param progress receives one progress line at a time
     */
    public Downloader(Optional<URI> mirror, Duration timeout, Consumer<String> progress) {
        this.mirror = mirror;
        this.timeout = timeout;
        this.progress = progress;
    }

    public Optional<URI> mirror() {
        return mirror;
    }

    /** Where the file would be fetched from; empty when it has no URL and no mirror is configured. */
    public Optional<URI> source(DatasetFile file) {
        return mirror.map(base -> base.resolve(file.name())).or(file::url);
    }

    /**
     * Downloads {@code file} into {@code directory} under its catalog name and returns the path.
     *
     * @throws InputException naming the file, the source and what went wrong, and how to supply it by hand
     */
    public Path download(DatasetFile file, Path directory) {
        Path target = directory.resolve(file.name());
        URI source = source(file).orElseThrow(() -> new InputException(
                file.name() + " is missing from " + directory + " and has no public download URL. "
                        + byHand(file, target)));
        Path temporary = createTemporary(file, directory, target);
        try {
            progress.accept("adainit: downloading " + file.name() + " from " + source + " ("
                    + readableSize(file.file().size()) + ")");
            fetch(file, source, temporary, target);
            long size = size(temporary);
            if (size != file.file().size()) {
                throw new InputException(file.name() + " from " + source + " is " + size + " bytes, expected "
                        + file.file().size() + (size < file.file().size() ? " (truncated)" : "")
                        + "; nothing was written. " + byHand(file, target));
            }
            String actual = Sha256.ofFile(temporary);
            if (!actual.equals(file.file().sha256())) {
                throw new InputException(file.name() + " from " + source + " failed the checksum: expected SHA-256 "
                        + file.file().sha256() + ", got " + actual + "; nothing was written. " + byHand(file, target));
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            progress.accept("adainit: " + file.name() + " verified (" + file.file().describe() + ")");
            return target;
        } catch (IOException e) {
            throw new InputException("cannot store " + target + ": " + e.getMessage() + ". " + byHand(file, target), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private void fetch(DatasetFile file, URI source, Path temporary, Path target) {
        HttpRequest request = HttpRequest.newBuilder(source).timeout(timeout).GET().build();
        // Built per download, not per Downloader: every cell of a grid resolves its data directory, and a client
        // starts a selector thread, while downloads happen once per machine at most.
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        CompletableFuture<HttpResponse<Path>> response = client.sendAsync(request, info -> info.statusCode() == 200
                ? HttpResponse.BodySubscribers.ofFile(temporary)
                : HttpResponse.BodySubscribers.replacing(temporary));
        long lastSize = 0;
        long lastChange = System.nanoTime();
        int reportedTenths = 0;
        while (true) {
            try {
                int status = response.get(POLL_MILLIS, TimeUnit.MILLISECONDS).statusCode();
                if (status != 200) {
                    throw failure(file, source, target, "HTTP status " + status);
                }
                return;
            } catch (TimeoutException stillRunning) {
                long size = size(temporary);
                if (size != lastSize) {
                    lastSize = size;
                    lastChange = System.nanoTime();
                    int tenths = (int) Math.min(10, size * 10 / file.file().size());
                    if (tenths > reportedTenths && tenths < 10) {
                        reportedTenths = tenths;
                        progress.accept(String.format(Locale.ROOT, "adainit:   %s %d%% (%.1f of %.1f MB)", file.name(),
                                tenths * 10, megabytes(size), megabytes(file.file().size())));
                    }
                } else if (System.nanoTime() - lastChange > timeout.toNanos()) {
                    response.cancel(true);
                    throw failure(file, source, target, "no data for " + timeout.toSeconds() + " s after "
                            + size + " of " + file.file().size() + " bytes");
                }
            } catch (ExecutionException e) {
                throw failure(file, source, target, reason(e.getCause() == null ? e : e.getCause()));
            } catch (CancellationException e) {
                throw failure(file, source, target, "cancelled");
            } catch (InterruptedException e) {
                response.cancel(true);
                Thread.currentThread().interrupt();
                throw failure(file, source, target, "interrupted");
            }
        }
    }

    /** The exception's type and the first message in its cause chain (HttpClient's ConnectException has none). */
    private static String reason(Throwable error) {
        String reason = error.getClass().getSimpleName();
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return reason + ": " + t.getMessage();
            }
        }
        return error instanceof java.net.ConnectException
                ? reason + ": connection refused or host unreachable"
                : reason;
    }

    private static InputException failure(DatasetFile file, URI source, Path target, String reason) {
        return new InputException("cannot download " + file.name() + " from " + source + " (" + reason
                + "); nothing was written. " + byHand(file, target));
    }

    /** The sentence every failure ends with: how to put the file in place without the downloader. */
    static String byHand(DatasetFile file, Path target) {
        return "To supply it by hand, " + file.howToObtain() + " and save it as " + target + " ("
                + file.file().describe() + ").";
    }

    private static Path createTemporary(DatasetFile file, Path directory, Path target) {
        try {
            Files.createDirectories(directory);
            // Same directory as the target, so the final rename is atomic; the leading dot hides it from listings.
            // Named after this process and thread, so a leftover with that name can only be a stale one of ours;
            // createFile (unlike createTempFile) keeps the umask's permissions, which the final file inherits.
            Path temporary = directory.resolve("." + file.name() + "." + ProcessHandle.current().pid() + "-"
                    + Thread.currentThread().getId() + ".part");
            Files.deleteIfExists(temporary);
            return Files.createFile(temporary);
        } catch (IOException e) {
            throw new InputException("cannot write into " + directory + " to download " + file.name() + ": "
                    + e.getMessage() + ". Choose a writable directory with --data-dir or ADAINIT_DATA_DIR. "
                    + byHand(file, target), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The .part name marks it as incomplete; nothing else can be done about an undeletable temp file.
        }
    }

    private static double megabytes(long bytes) {
        return bytes / 1e6;
    }

    private static String readableSize(long bytes) {
        return bytes < 1_000_000 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f MB", megabytes(bytes));
    }
}
