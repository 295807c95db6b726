package org.adainit.jobs.daemon;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Forwards one launch of {@code submit/adainit} to its daemon ({@link DaemonServer}) and prints the command's console
 * as it comes: {@code DaemonClient SOCKET LOG STARTING_PID|- -- ARGUMENTS...}. Its exit code is the command's, or
 * {@link #NOT_SERVED} or {@link #NO_DAEMON}, which the launcher answers by running a fresh JVM or starting a daemon.
 * A few JDK classes only: the client's JVM starts in a tenth of a second.
 */
public final class DaemonClient {

    /** The daemon is busy or belongs to another launch: the launcher runs the command in a fresh JVM. */
    static final int NOT_SERVED = 253;

    /** No daemon answers on the socket (none, a dead one's file, a rebuilt one): the launcher starts one. */
    static final int NO_DAEMON = 254;

    /** What {@code -XX:+ExitOnOutOfMemoryError} prints as it stops the JVM, and the JVM's exit code then. */
    static final String OUT_OF_MEMORY = "Terminating due to java.lang.OutOfMemoryError";
    static final int OUT_OF_MEMORY_EXIT = 3;

    /** How long a client waits for a daemon the launcher has just started to listen. */
    private static final Duration STARTING = Duration.ofSeconds(60);

    /** How long an interrupted client waits for the daemon to stop its command, as a fresh JVM would have. */
    private static final Duration STOPPING = Duration.ofSeconds(30);

    private final Path socket;
    private final Path log;
    private final Optional<ProcessHandle> starting;
    private final PrintStream out;
    private final PrintStream err;
    private volatile boolean ended;

    DaemonClient(Path socket, Path log, Optional<ProcessHandle> starting, PrintStream out, PrintStream err) {
        this.socket = socket;
        this.log = log;
        this.starting = starting;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        if (args.length < 4 || !args[3].equals("--")) {
            System.err.println("usage: DaemonClient SOCKET LOG STARTING_PID|- -- ARGUMENTS...");
            System.exit(2);
        }
        Optional<ProcessHandle> starting = args[2].equals("-") ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(args[2]));
        DaemonClient client = new DaemonClient(Path.of(args[0]), Path.of(args[1]), starting, System.out, System.err);
        System.exit(client.launch(LaunchFingerprint.current(), Arrays.asList(args).subList(4, args.length)));
    }

    /** Runs {@code arguments} in the daemon; returns the command's exit code or why it was not served. */
    int launch(String fingerprint, List<String> arguments) {
        SocketChannel channel = connect();
        if (channel == null) {
            return NO_DAEMON;
        }
        try (channel) {
            DataOutputStream request = new DataOutputStream(ChannelStreams.output(channel));
            new DaemonProtocol.Request(DaemonProtocol.VERSION, fingerprint, arguments).writeTo(request);
            DataInputStream input = new DataInputStream(new BufferedInputStream(ChannelStreams.input(channel)));
            DaemonProtocol.Reply reply;
            try {
                reply = DaemonProtocol.Reply.values()[input.readUnsignedByte()];
            } catch (EOFException e) {
                return NO_DAEMON; // it was stopping
            }
            return switch (reply) {
                case ACCEPTED -> console(channel, input, input.readLong());
                case BUSY, OTHER_LAUNCH -> NOT_SERVED;
                case REBUILT -> NO_DAEMON;
            };
        } catch (IOException e) {
            return NO_DAEMON;
        }
    }

    /** Copies the command's frames to this process's console until its exit code. */
    private int console(SocketChannel channel, DataInputStream input, long daemonPid) throws IOException {
        Thread interrupted = new Thread(() -> stopDaemonCommand(channel, daemonPid), "adainit-client-interrupt");
        Runtime.getRuntime().addShutdownHook(interrupted);
        try {
            while (true) {
                byte type = input.readByte();
                if (type == DaemonProtocol.EXIT) {
                    ended = true;
                    return input.readInt();
                }
                PrintStream console = type == DaemonProtocol.STDOUT ? out : err;
                console.write(DaemonProtocol.readBytes(input));
                console.flush();
            }
        } catch (EOFException e) {
            ended = true;
            out.flush();
            return driverStopped(daemonPid);
        }
    }

    /**
     * The daemon died during the command. Out of memory, it said so in its log and exited as the command's own JVM
     * would have ({@code -XX:+ExitOnOutOfMemoryError}): the launch exits with that JVM's code.
     */
    private int driverStopped(long daemonPid) throws IOException {
        ProcessHandle.of(daemonPid).ifPresent(daemon -> daemon.onExit().join());
        String said = Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
        if (said.contains(OUT_OF_MEMORY)) {
            err.println("adainit: the resident driver ran out of memory; the committed cells are kept "
                    + "(ADAINIT_JAVA_OPTS=-Xmx8g gives it more); its log: " + log);
            return OUT_OF_MEMORY_EXIT;
        }
        err.println("adainit: the resident driver (pid " + daemonPid + ") stopped before the command ended; its log: "
                + log);
        return 1;
    }

    /**
     * On Ctrl-C or a kill, closes the connection, which stops the daemon's command, and waits for the daemon to exit,
     * so that a command typed next finds the result folder as an interrupted fresh JVM would have left it.
     */
    private void stopDaemonCommand(SocketChannel channel, long daemonPid) {
        if (ended) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Closed either way.
        }
        ProcessHandle.of(daemonPid).ifPresent(daemon -> {
            try {
                daemon.onExit().get(STOPPING.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                // The daemon was told; the shell gets its prompt back after the wait at most.
            }
        });
    }

    /** Connects, waiting for a daemon the launcher has just started while it is alive; null when none answers. */
    private SocketChannel connect() {
        long deadline = System.nanoTime() + STARTING.toNanos();
        while (true) {
            try {
                SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                try {
                    channel.connect(UnixDomainSocketAddress.of(socket));
                    return channel;
                } catch (IOException e) {
                    channel.close();
                    throw e;
                }
            } catch (IOException e) {
                boolean waiting = starting.map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline;
                if (!waiting) {
                    return null;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
    }
}
