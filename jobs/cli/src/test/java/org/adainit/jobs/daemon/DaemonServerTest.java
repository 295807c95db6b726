package org.adainit.jobs.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.BindException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A daemon and its clients in this JVM, over a real Unix-domain socket; the commands are stand-ins and the daemon's
 * exit is recorded instead of made.
 */
class DaemonServerTest {

    private static final String FINGERPRINT = "this launch";

    @TempDir
    Path dir;

    private Path socket;
    private Path jar;
    private final BlockingQueue<Integer> exits = new LinkedBlockingQueue<>();
    private final AtomicInteger ran = new AtomicInteger();
    private final AtomicReference<DaemonServer.Commands> commands = new AtomicReference<>();
    private DaemonServer daemon;
    /** What the daemon says in its log. */
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeEach
    void aJar() throws Exception {
        socket = dir.resolve("d.sock");
        jar = Files.writeString(dir.resolve("app.jar"), "jar");
    }

    @AfterEach
    void stopTheDaemon() {
        if (daemon != null) {
            daemon.stop(0);
        }
    }

    private void serve(Duration idle) throws Exception {
        daemon = DaemonServer.bind(socket, jar, FINGERPRINT, idle, Duration.ofSeconds(1), arguments -> {
            ran.incrementAndGet();
            return commands.get().execute(arguments);
        }, exits::add, new PrintStream(log, true, StandardCharsets.UTF_8));
        Thread thread = new Thread(daemon::serve, "test daemon");
        thread.setDaemon(true);
        thread.start();
    }

    /** A client's launch, with its console. */
    private record Launch(int code, String out, String err) {}

    private Launch launch(String fingerprint, String... arguments) {
        return launch(Optional.empty(), fingerprint, arguments);
    }

    private Launch launch(Optional<ProcessHandle> starting, String fingerprint, String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new DaemonClient(socket, dir.resolve("d.log"), starting, new PrintStream(out, true),
                new PrintStream(err, true)).launch(fingerprint, List.of(arguments));
        return new Launch(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCommandsConsoleAndExitCodeReachItsClientAndTheDaemonServesTheNext() throws Exception {
        commands.set(arguments -> {
            System.out.println("out: " + String.join(" ", arguments));
            System.err.println("err: ünïcode ∑");
            System.out.print("no newline");
            return arguments.length;
        });
        serve(Duration.ofMinutes(1));

        Launch first = launch(FINGERPRINT, "sql", "--out", "x");
        assertEquals(new Launch(3, "out: sql --out x\nno newline", "err: ünïcode ∑\n"), first);
        assertEquals(1, launch(FINGERPRINT, "aggregate").code());
        assertEquals(2, ran.get());
        assertNull(exits.poll(), "the daemon stays up between commands");
        // The log names each command, never its arguments (a query, a path).
        String said = log.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("sql exited 3 after ") && said.contains("aggregate exited 1 after "), said);
        assertFalse(said.contains("--out"), said);
    }

    @Test
    void aLaunchFromAnotherDirectoryOrEnvironmentRunsNothing() throws Exception {
        commands.set(arguments -> 0);
        serve(Duration.ofMinutes(1));

        assertEquals(DaemonClient.NOT_SERVED, launch("another launch", "run", "grid.yaml").code());
        assertEquals(0, ran.get());
    }

    @Test
    void aCommandSentWhileAnotherRunsIsNotServedAndTheOneAfterIs() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        commands.set(runningUntil(started, release));
        serve(Duration.ofMinutes(1));
        Thread first = new Thread(() -> launch(FINGERPRINT, "run", "grid.yaml"));
        first.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));

        assertEquals(DaemonClient.NOT_SERVED, launch(FINGERPRINT, "sql").code());
        release.countDown();
        first.join(10_000);
        commands.set(arguments -> 7);
        assertEquals(7, launch(FINGERPRINT, "sql").code());
        assertEquals(2, ran.get(), "the refused command never ran");
    }

    @Test
    void aRebuiltJarStopsTheDaemonWithoutRunningTheCommand() throws Exception {
        commands.set(arguments -> 0);
        serve(Duration.ofMinutes(1));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));

        assertEquals(DaemonClient.NO_DAEMON, launch(FINGERPRINT, "run", "grid.yaml").code());
        assertEquals(0, exits.poll(10, TimeUnit.SECONDS));
        assertFalse(Files.exists(socket), "its socket is gone, for the launcher's next daemon");
        assertEquals(0, ran.get());
    }

    @Test
    void theDaemonStopsWhenTheClientOfARunningCommandLeaves() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        commands.set(runningUntil(started, release));
        serve(Duration.ofMinutes(1));
        try (SocketChannel client = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            client.connect(UnixDomainSocketAddress.of(socket));
            new DaemonProtocol.Request(DaemonProtocol.VERSION, FINGERPRINT, List.of("run", "grid.yaml"))
                    .writeTo(new DataOutputStream(ChannelStreams.output(client)));
            DataInputStream input = new DataInputStream(ChannelStreams.input(client));
            assertEquals(DaemonProtocol.Reply.ACCEPTED.ordinal(), input.readUnsignedByte());
            assertEquals(ProcessHandle.current().pid(), input.readLong());
            assertTrue(started.await(10, TimeUnit.SECONDS));
        }

        assertEquals(DaemonServer.CLIENT_GONE, exits.poll(10, TimeUnit.SECONDS));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("the client of the running command went away"),
                log.toString(StandardCharsets.UTF_8));
        release.countDown();
    }

    @Test
    void anIdleDaemonExitsAndRemovesItsSocket() throws Exception {
        commands.set(arguments -> 0);
        serve(Duration.ofSeconds(1));
        assertEquals(0, launch(FINGERPRINT, "sql").code());

        assertEquals(0, exits.poll(10, TimeUnit.SECONDS));
        assertFalse(Files.exists(socket));
        assertEquals(DaemonClient.NO_DAEMON, launch(FINGERPRINT, "sql").code());
    }

    @Test
    void aDaemonWhoseSocketFileIsRemovedExits() throws Exception {
        serve(Duration.ofMinutes(1));
        Files.delete(socket);

        assertEquals(0, exits.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void anExceptionLeavingACommandPrintsAsInAFreshJvmAndAnErrorAlsoStopsTheDaemon() throws Exception {
        commands.set(arguments -> {
            throw new IllegalStateException("boom");
        });
        serve(Duration.ofMinutes(1));

        Launch failed = launch(FINGERPRINT, "sql");
        assertEquals(1, failed.code());
        assertTrue(failed.err().startsWith("Exception in thread \"main\" java.lang.IllegalStateException: boom\n"),
                failed.err());
        assertNull(exits.poll(), "an exception leaves the JVM as it was");

        commands.set(arguments -> {
            throw new StackOverflowError();
        });
        assertEquals(1, launch(FINGERPRINT, "sql").code());
        assertEquals(DaemonServer.FAILED, exits.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void withoutALiveDaemonTheClientSaysSoAtOnce() throws Exception {
        assertEquals(DaemonClient.NO_DAEMON, launch(FINGERPRINT, "sql").code());
        // The file a daemon killed with -9 leaves: nothing listens on it.
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(socket));
        }
        assertTrue(Files.exists(socket));
        assertEquals(DaemonClient.NO_DAEMON, launch(FINGERPRINT, "sql").code());
    }

    @Test
    void aClientWaitsForTheDaemonTheLauncherIsStarting() throws Exception {
        commands.set(arguments -> 5);
        Thread late = new Thread(() -> {
            try {
                Thread.sleep(500);
                serve(Duration.ofMinutes(1));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        late.start();

        // The starting process is this JVM, alive throughout.
        assertEquals(5, launch(Optional.of(ProcessHandle.current()), FINGERPRINT, "sql").code());
        late.join();
    }

    @Test
    void aSecondDaemonCannotTakeALiveDaemonsSocket() throws Exception {
        serve(Duration.ofMinutes(1));

        assertThrows(BindException.class, () -> DaemonServer.bind(socket, jar, FINGERPRINT, Duration.ofMinutes(1),
                Duration.ofMinutes(1), arguments -> 0, exits::add, new PrintStream(log, true)));
        assertTrue(Files.exists(socket), "the live daemon's socket is left alone");
    }

    @Test
    void aDaemonIdleAfterACommandCollectsItsHeapOnce() throws Exception {
        commands.set(arguments -> 0);
        serve(Duration.ofMinutes(1));
        long before = fullCollections();
        assertEquals(0, launch(FINGERPRINT, "run", "grid.yaml").code());

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (fullCollections() == before && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(fullCollections() > before, "System.gc() returns the heap a command grew");
        long after = fullCollections();
        Thread.sleep(2500);
        assertEquals(after, fullCollections(), "once per command, not every second");
    }

    /** Collections of the old generation, what {@code System.gc()} makes: G1's (a daemon's) or Serial's (the tests'). */
    private static long fullCollections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(collector -> collector.getName().contains("Old") || collector.getName().contains("MarkSweep"))
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    /** A command that says it started, then runs until released. */
    private static DaemonServer.Commands runningUntil(CountDownLatch started, CountDownLatch release) {
        return arguments -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        };
    }
}
