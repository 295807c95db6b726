package org.adainit.jobs.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client whose daemon dies during the command, played by a socket that accepts and then hangs up. */
class DaemonClientTest {

    @TempDir
    Path dir;

    private String launchAgainstADaemonThatDies(String itsLog, int[] code) throws Exception {
        Path socket = dir.resolve("d.sock");
        Path log = Files.writeString(dir.resolve("d.log"), itsLog);
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Thread daemon = new Thread(() -> {
                try (SocketChannel client = server.accept()) {
                    DataInputStream input = new DataInputStream(ChannelStreams.input(client));
                    DaemonProtocol.Request.readAfterVersion(DaemonProtocol.Request.readVersion(input), input);
                    DataOutputStream output = new DataOutputStream(ChannelStreams.output(client));
                    output.writeByte(DaemonProtocol.Reply.ACCEPTED.ordinal());
                    output.writeLong(gone.pid());
                    output.writeByte(DaemonProtocol.STDOUT);
                    output.writeInt(3);
                    output.write("[ 1".getBytes(StandardCharsets.UTF_8));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            daemon.start();
            code[0] = new DaemonClient(socket, log, Optional.empty(), new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true)).launch("f", List.of("run", "grid.yaml"));
            daemon.join();
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDaemonOutOfMemoryEndsTheLaunchWithTheCodeOfAJvmOutOfMemory() throws Exception {
        int[] code = new int[1];
        String err = launchAgainstADaemonThatDies("adainit daemon 1: serving x\n"
                + "Terminating due to java.lang.OutOfMemoryError: Java heap space\n", code);

        assertEquals(DaemonClient.OUT_OF_MEMORY_EXIT, code[0]);
        assertTrue(err.contains("ran out of memory") && err.contains("-Xmx8g") && err.contains("d.log"), err);
    }

    @Test
    void aDaemonThatDiesOtherwiseEndsTheLaunchWithAnErrorNamingItsLog() throws Exception {
        int[] code = new int[1];
        String err = launchAgainstADaemonThatDies("adainit daemon 1: serving x\n", code);

        assertEquals(1, code[0]);
        assertTrue(err.startsWith("adainit: the resident driver (pid ") && err.contains("d.log"), err);
    }
}
