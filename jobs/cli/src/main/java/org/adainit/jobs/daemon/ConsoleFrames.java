package org.adainit.jobs.daemon;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * A command's standard output and error, sent to its client as frames. The daemon points {@code System.out} and
 * {@code System.err} here while the command runs; Log4j's console appender follows them ({@code follow} in
 * {@code conf/log4j2.properties}). Once the client is gone a write fails and the print stream drops it, as a console
 * would.
 */
final class ConsoleFrames {

    private final DataOutputStream output;

    ConsoleFrames(OutputStream socket) {
        this.output = new DataOutputStream(new BufferedOutputStream(socket, 1 << 16));
    }

    /** A print stream whose bytes reach the client as frames of {@code type}, flushed at every line. */
    PrintStream stream(byte type) {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                frame(type, bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                flushFrames();
            }
        }, true);
    }

    /** The command's exit code, the last frame. */
    synchronized void exit(int code) throws IOException {
        output.writeByte(DaemonProtocol.EXIT);
        output.writeInt(code);
        output.flush();
    }

    private synchronized void frame(byte type, byte[] bytes, int offset, int length) throws IOException {
        output.writeByte(type);
        output.writeInt(length);
        output.write(bytes, offset, length);
    }

    private synchronized void flushFrames() throws IOException {
        output.flush();
    }
}
