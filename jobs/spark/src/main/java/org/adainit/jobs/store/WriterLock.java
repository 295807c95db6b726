package org.adainit.jobs.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.adainit.jobs.input.InputException;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * One writer per result directory: {@code _writer.lock} names the driver that holds it (host, pid, process start,
 * command, start and heartbeat times) and is created only if absent, so a second driver on the same {@code --out}
 * stops before computing anything. The holder rewrites its heartbeat periodically and deletes the file when done. A
 * lock left by a driver that died is stale, and taken over: its holder ran on this host and that process is gone, or
 * its heartbeat is older than {@link #STALE_AFTER} (another host, which cannot be asked).
 *
 * <p>Exclusive creation is atomic on local disks (O_EXCL) and HDFS; on S3A it is as strong as the store's conditional
 * create.
 */
public final class WriterLock implements AutoCloseable {

    public static final String FILE = "_writer.lock";
    /** How often the holder proves it is alive. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(30);
    /** A heartbeat older than this marks a dead holder; many heartbeats, to tolerate clock skew and long pauses. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(5);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ResultDirectory directory;
    private final ObjectNode holder;
    private final ScheduledExecutorService heartbeat;
    private final String tookOver;

    private WriterLock(ResultDirectory directory, ObjectNode holder, Duration every, String tookOver) {
        this.directory = directory;
        this.holder = holder;
        this.tookOver = tookOver;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "adainit writer lock heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(this::beat, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Takes the lock with the default heartbeat and staleness. */
    public static WriterLock acquire(ResultDirectory directory, String command) {
        return acquire(directory, command, HEARTBEAT, STALE_AFTER);
    }

    /**
     * @throws InputException naming the live holder when another driver writes into the directory, or naming the
     *     directory and the cause when it cannot be written at all
     */
    public static WriterLock acquire(ResultDirectory directory, String command, Duration heartbeat,
            Duration staleAfter) {
        ObjectNode holder = JSON.createObjectNode();
        holder.put("token", UUID.randomUUID().toString());
        holder.put("host", hostName());
        holder.put("pid", ProcessHandle.current().pid());
        holder.put("process_started_at", processStart(ProcessHandle.current()).map(Instant::toString).orElse(""));
        holder.put("command", command);
        holder.put("acquired_at", Instant.now().toString());
        holder.put("heartbeat_at", Instant.now().toString());
        if (createIfAbsent(directory, holder)) {
            return new WriterLock(directory, holder, heartbeat, null);
        }
        JsonNode current = read(directory);
        Optional<String> stale = staleness(current, age(directory), staleAfter);
        if (stale.isEmpty()) {
            throw new InputException("--out " + directory.uri() + " is being written by another run (" + describe(current)
                    + "); wait for it to finish, or write to another --out. If that run is dead, delete "
                    + directory.uri() + "/" + FILE);
        }
        // Only one of several drivers that found the same stale lock moves it away; the others see no lock to move.
        Path moved = directory.path(FILE + ".stale." + UUID.randomUUID());
        FileSystem fs = lockFileSystem(directory);
        try {
            if (!fs.rename(directory.path(FILE), moved)) {
                throw new InputException("--out " + directory.uri() + ": another run is taking over the stale lock of ("
                        + describe(current) + ")");
            }
            fs.delete(moved, false);
        } catch (IOException e) {
            throw unwritable(directory, e);
        }
        if (!createIfAbsent(directory, holder)) {
            throw new InputException("--out " + directory.uri() + " is being written by another run ("
                    + describe(read(directory)) + "), which took over a stale lock at the same time");
        }
        return new WriterLock(directory, holder, heartbeat, describe(current) + ": " + stale.get());
    }

    /** The holder of a stale lock this one replaced, and why it counted as stale; empty when there was none. */
    public Optional<String> tookOver() {
        return Optional.ofNullable(tookOver);
    }

    @Override
    public void close() {
        // A heartbeat being written now would land after the delete and leave the lock behind: let it finish first.
        heartbeat.shutdown();
        try {
            heartbeat.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stillMine()) {
            try {
                lockFileSystem(directory).delete(directory.path(FILE), false);
            } catch (IOException e) {
                // Left behind, the lock reads as stale once this process is gone.
            }
        }
    }

    private void beat() {
        if (stillMine()) {
            holder.put("heartbeat_at", Instant.now().toString());
            try (FSDataOutputStream out = lockFileSystem(directory).create(directory.path(FILE), true)) {
                out.write(JSON.writeValueAsBytes(holder));
            } catch (IOException | UncheckedIOException e) {
                // A missed heartbeat only brings staleness closer; the run itself goes on.
            }
        }
    }

    private boolean stillMine() {
        JsonNode current = read(directory);
        return current != null && holder.get("token").asText().equals(current.path("token").asText());
    }

    /** Why a lock counts as stale, or empty while its holder may be alive. */
    static Optional<String> staleness(JsonNode lock, Duration age, Duration staleAfter) {
        if (lock == null) {
            // Empty for a moment while its holder writes it; unreadable for good only if it stays so.
            return age.compareTo(staleAfter) > 0 ? Optional.of("the lock file is unreadable") : Optional.empty();
        }
        if (lock.path("host").asText().equals(hostName())) {
            Optional<ProcessHandle> process = ProcessHandle.of(lock.path("pid").asLong());
            if (process.isEmpty() || !process.get().isAlive()) {
                return Optional.of("that process is gone");
            }
            String started = processStart(process.get()).map(Instant::toString).orElse("");
            if (!started.equals(lock.path("process_started_at").asText())) {
                return Optional.of("that process id now belongs to another process");
            }
        }
        Instant beat;
        try {
            beat = Instant.parse(lock.path("heartbeat_at").asText());
        } catch (RuntimeException e) {
            return Optional.of("the lock has no heartbeat");
        }
        Duration silence = Duration.between(beat, Instant.now());
        return silence.compareTo(staleAfter) > 0
                ? Optional.of("no heartbeat for " + silence.toMinutes() + " min")
                : Optional.empty();
    }

    /**
     * The file system the lock is read and written through: on a local disk the raw one, without Hadoop's checksum
     * file. A lock created in one exclusive step has no checksum, and a {@code .crc} left beside it (a lock deleted by
     * hand, as the refusal message suggests) made every later read fail, so each run left its lock behind.
     */
    private static FileSystem lockFileSystem(ResultDirectory directory) {
        FileSystem fs = directory.fileSystem();
        return fs instanceof LocalFileSystem local ? local.getRaw() : fs;
    }

    private static boolean createIfAbsent(ResultDirectory directory, ObjectNode holder) {
        FileSystem fs = lockFileSystem(directory);
        Path lock = directory.path(FILE);
        try {
            byte[] content = JSON.writeValueAsBytes(holder);
            if (fs instanceof RawLocalFileSystem local && "file".equals(fs.getUri().getScheme())) {
                // Hadoop checks and creates in two steps here; the OS creates exclusively in one. Only on the local
                // disk itself: a file system of another scheme built on it has its own rules for writing.
                java.nio.file.Path file = local.pathToFile(lock).toPath();
                Files.createDirectories(file.getParent());
                try {
                    Files.write(file, content, StandardOpenOption.CREATE_NEW);
                    return true;
                } catch (FileAlreadyExistsException held) {
                    return false;
                }
            }
            try (FSDataOutputStream out = fs.create(lock, false)) {
                out.write(content);
            }
            return true;
        } catch (org.apache.hadoop.fs.FileAlreadyExistsException held) {
            return false;
        } catch (IOException e) {
            throw unwritable(directory, e);
        }
    }

    private static JsonNode read(ResultDirectory directory) {
        try (InputStream in = lockFileSystem(directory).open(directory.path(FILE))) {
            return JSON.readTree(in);
        } catch (IOException | RuntimeException e) {
            // Absent (released meanwhile), or being rewritten by a heartbeat at this moment.
            return null;
        }
    }

    /** How long ago the lock file was last written; zero when it cannot be told (e.g. it was just released). */
    private static Duration age(ResultDirectory directory) {
        try {
            long written = lockFileSystem(directory).getFileStatus(directory.path(FILE)).getModificationTime();
            return Duration.ofMillis(Math.max(0, System.currentTimeMillis() - written));
        } catch (IOException e) {
            return Duration.ZERO;
        }
    }

    private static InputException unwritable(ResultDirectory directory, IOException e) {
        return new InputException("--out " + directory.uri() + ": cannot write there (" + StoreFailure.cause(e) + ")",
                e);
    }

    private static String describe(JsonNode lock) {
        if (lock == null) {
            return "holder unknown";
        }
        return "host " + lock.path("host").asText() + ", pid " + lock.path("pid").asText() + ", started "
                + lock.path("acquired_at").asText() + ", last heartbeat " + lock.path("heartbeat_at").asText()
                + ", command: " + lock.path("command").asText();
    }

    private static Optional<Instant> processStart(ProcessHandle process) {
        return process.info().startInstant();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("unknown-host");
        }
    }
}
