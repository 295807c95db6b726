package org.adainit.jobs.daemon;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import org.adainit.jobs.cli.AdaInitCli;
import org.adainit.jobs.cli.JitDirectives;

/**
 * A resident driver: runs the commands of {@code submit/adainit} one at a time in a JVM that stays up between them,
 * so that each pays neither the JVM's start, class loading and JIT warm-up nor Spark's cold start (a command still
 * starts and stops its own Spark session, as in a fresh JVM). It serves only launches from its own directory,
 * environment and build ({@link LaunchFingerprint}, the jar's time stamp and size); a command sent while another runs
 * is refused, and the launcher runs it in a fresh JVM. When a command's client goes away (Ctrl-C, kill) the daemon
 * exits as a fresh JVM would have: committed cells are kept, the next run resumes. It exits on its own after
 * {@link #IDLE_PROPERTY} seconds without a command, when its jar is rebuilt, or when its socket file is taken away.
 */
public final class DaemonServer {

    /** System property: seconds without a command after which the daemon exits. */
    public static final String IDLE_PROPERTY = "adainit.daemon.idleSeconds";

    static final Duration DEFAULT_IDLE = Duration.ofMinutes(15);

    /** How long after a command the daemon, still idle, collects its heap so as to return the memory. */
    static final Duration RETURN_HEAP_AFTER = Duration.ofSeconds(10);

    /** The exit code of a daemon whose running command lost its client: a shell's code for an interrupt. */
    static final int CLIENT_GONE = 130;

    /** Exit code after a command ended in an {@link Error}: the JVM may not be fit for the next one. */
    static final int FAILED = 1;

    /** Runs one command line and returns its exit code. */
    @FunctionalInterface
    interface Commands {
        int execute(String[] arguments);
    }

    private final ServerSocketChannel server;
    private final Path socket;
    private final Object socketIdentity;
    private final Path jar;
    private final List<Object> jarStamp;
    private final String fingerprint;
    private final Duration idle;
    private final Duration returnHeapAfter;
    private final Commands commands;
    private final IntConsumer exit;
    private final ScheduledExecutorService watchdog;
    /** The daemon's own console (its log file), held before any command points System.err at a client. */
    private final PrintStream log;
    private final Object lock = new Object();
    private boolean busy;
    private boolean closing;
    private long idleSince = System.nanoTime();
    private boolean heapReturned = true;

    private DaemonServer(ServerSocketChannel server, Path socket, Path jar, String fingerprint, Duration idle,
            Duration returnHeapAfter, Commands commands, IntConsumer exit, PrintStream log) throws IOException {
        this.server = server;
        this.log = log;
        this.socket = socket;
        this.socketIdentity = identity(socket);
        this.jar = jar;
        this.jarStamp = stamp(jar);
        this.fingerprint = fingerprint;
        this.idle = idle;
        this.returnHeapAfter = returnHeapAfter;
        this.commands = commands;
        this.exit = exit;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "adainit-daemon-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Listens on {@code socket}, which must not exist.
     *
     * @param idle how long without a command before the daemon exits
     * @param returnHeapAfter how long without a command before it collects its heap (once per command)
     * @param exit what the daemon does to stop ({@code System::exit} in a daemon; tests record the code)
     * @param log where the daemon says what it does ({@code System.err}, the log file, in a daemon)
     * @throws BindException when the socket file exists: another daemon serves it, or one died and left it
     */
    static DaemonServer bind(Path socket, Path jar, String fingerprint, Duration idle, Duration returnHeapAfter,
            Commands commands, IntConsumer exit, PrintStream log) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socket));
            return new DaemonServer(server, socket, jar, fingerprint, idle, returnHeapAfter, commands, exit, log);
        } catch (IOException e) {
            server.close();
            throw e;
        }
    }

    /** Serves until the daemon stops: {@code submit/adainit}'s daemon process runs this. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: DaemonServer SOCKET JAR");
            System.exit(2);
        }
        Path socket = Path.of(args[0]);
        JitDirectives.installFromProperty();
        DaemonServer daemon;
        try {
            daemon = bind(socket, Path.of(args[1]), LaunchFingerprint.current(), idleFromProperty(),
                    RETURN_HEAP_AFTER, AdaInitCli::execute, System::exit, System.err);
        } catch (BindException e) {
            System.err.println("adainit daemon: " + socket + " is taken (another daemon started first); exiting");
            return;
        }
        System.err.println("adainit daemon " + ProcessHandle.current().pid() + ": serving " + socket);
        daemon.serve();
    }

    private static Duration idleFromProperty() {
        String seconds = System.getProperty(IDLE_PROPERTY);
        return seconds == null ? DEFAULT_IDLE : Duration.ofSeconds(Long.parseLong(seconds));
    }

    /** Accepts clients until the daemon stops; each is answered on a thread of its own. */
    void serve() {
        watchdog.scheduleWithFixedDelay(this::checkStillWanted, 1, 1, TimeUnit.SECONDS);
        while (true) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                log.println("adainit daemon: cannot accept on " + socket + ": " + e);
                stop(FAILED);
                return;
            }
            Thread thread = new Thread(() -> answer(client), "adainit-daemon-command");
            thread.start();
        }
    }

    private void answer(SocketChannel client) {
        try (client) {
            DataInputStream input = new DataInputStream(new BufferedInputStream(ChannelStreams.input(client)));
            DataOutputStream output = new DataOutputStream(ChannelStreams.output(client));
            int version = DaemonProtocol.Request.readVersion(input);
            if (version != DaemonProtocol.VERSION || rebuilt()) {
                // The socket goes first, so that the launcher's new daemon can take its path at once.
                deleteOwnSocket();
                reply(output, DaemonProtocol.Reply.REBUILT);
                stop(0);
                return;
            }
            DaemonProtocol.Request request = DaemonProtocol.Request.readAfterVersion(version, input);
            if (!request.fingerprint().equals(fingerprint)) {
                reply(output, DaemonProtocol.Reply.OTHER_LAUNCH);
                return;
            }
            synchronized (lock) {
                if (busy || closing) {
                    reply(output, DaemonProtocol.Reply.BUSY);
                    return;
                }
                busy = true;
            }
            try {
                reply(output, DaemonProtocol.Reply.ACCEPTED);
                output.writeLong(ProcessHandle.current().pid());
                run(request.arguments(), input, new ConsoleFrames(ChannelStreams.output(client)));
            } finally {
                synchronized (lock) {
                    busy = false;
                    idleSince = System.nanoTime();
                    heapReturned = false;
                }
            }
        } catch (IOException e) {
            // The client went away before its command started: nothing ran.
        }
    }

    private static void reply(DataOutputStream output, DaemonProtocol.Reply reply) throws IOException {
        output.writeByte(reply.ordinal());
        output.flush();
    }

    /** Runs one command with the daemon's console pointed at the client, then sends the exit code. */
    private void run(List<String> arguments, DataInputStream input, ConsoleFrames frames) {
        AtomicBoolean ended = new AtomicBoolean();
        Thread hangUp = new Thread(() -> stopWhenClientLeaves(input, ended), "adainit-daemon-hangup");
        hangUp.setDaemon(true);
        hangUp.start();
        PrintStream daemonOut = System.out;
        PrintStream daemonErr = System.err;
        PrintStream out = frames.stream(DaemonProtocol.STDOUT);
        PrintStream err = frames.stream(DaemonProtocol.STDERR);
        long started = System.nanoTime();
        int code;
        Error fatal = null;
        System.setOut(out);
        System.setErr(err);
        try {
            code = commands.execute(arguments.toArray(String[]::new));
        } catch (RuntimeException | Error e) {
            // What a fresh JVM prints for an exception that leaves main.
            err.print("Exception in thread \"main\" ");
            e.printStackTrace(err);
            code = FAILED;
            fatal = e instanceof Error error ? error : null;
        } finally {
            out.flush();
            err.flush();
            System.setOut(daemonOut);
            System.setErr(daemonErr);
        }
        ended.set(true);
        log.printf("adainit daemon: %s exited %d after %.1f s%n", arguments.isEmpty() ? "(no command)"
                : arguments.get(0), code, (System.nanoTime() - started) / 1e9);
        try {
            frames.exit(code);
        } catch (IOException e) {
            // The client left as the command ended: nothing is left to stop.
        }
        if (fatal != null) {
            stop(FAILED);
        }
    }

    /** Blocks until the client closes its end; if its command is still running, the daemon stops as its JVM would. */
    private void stopWhenClientLeaves(DataInputStream input, AtomicBoolean ended) {
        try {
            while (input.read() != -1) {
                // A client sends nothing after its request; whatever comes is ignored.
            }
        } catch (IOException e) {
            // Closed by either side: the same as an end of stream.
        }
        if (!ended.get()) {
            log.println("adainit daemon: the client of the running command went away; stopping");
            stop(CLIENT_GONE);
        }
    }

    private void checkStillWanted() {
        boolean idleTooLong;
        boolean returnHeap;
        synchronized (lock) {
            long idleFor = busy ? 0 : System.nanoTime() - idleSince;
            idleTooLong = !busy && idleFor >= idle.toNanos();
            returnHeap = !busy && !heapReturned && idleFor >= returnHeapAfter.toNanos();
            heapReturned |= returnHeap;
        }
        if (returnHeap) {
            // A run leaves the heap grown (2.5 GB resident after the quickstart and its report, 0.9 GB after a full
            // collection); G1 gives memory back to the system only when it collects. Not right after a command, so as
            // not to delay one typed at once.
            System.gc();
        }
        if (idleTooLong) {
            log.println("adainit daemon: idle for " + idle.toSeconds() + " s; exiting");
            stop(0);
        } else if (!Objects.equals(identityOrNull(socket), socketIdentity)) {
            log.println("adainit daemon: " + socket + " was removed or replaced; exiting");
            stop(0);
        }
    }

    /** Closes the socket (and its file, when it is still this daemon's), then exits with {@code code}. */
    void stop(int code) {
        synchronized (lock) {
            if (closing) {
                return;
            }
            closing = true;
        }
        watchdog.shutdown();
        try {
            server.close();
        } catch (IOException e) {
            // Exiting anyway.
        }
        deleteOwnSocket();
        exit.accept(code);
    }

    private void deleteOwnSocket() {
        if (Objects.equals(identityOrNull(socket), socketIdentity)) {
            try {
                Files.deleteIfExists(socket);
            } catch (IOException e) {
                // A stale socket file is removed by the next launcher that cannot connect to it.
            }
        }
    }

    private boolean rebuilt() {
        try {
            return !stamp(jar).equals(jarStamp);
        } catch (IOException e) {
            return true;
        }
    }

    private static List<Object> stamp(Path jar) throws IOException {
        return List.of(Files.getLastModifiedTime(jar), Files.size(jar));
    }

    private static Object identity(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    private static Object identityOrNull(Path file) {
        try {
            return identity(file);
        } catch (IOException e) {
            return null;
        }
    }
}
