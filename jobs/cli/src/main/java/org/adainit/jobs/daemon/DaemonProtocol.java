package org.adainit.jobs.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a client and a daemon say to each other. The client sends one {@link Request}; the daemon answers with a
 * {@link Reply} and, when it accepted, its process id, then the command's console as frames ({@link #STDOUT} or
 * {@link #STDERR}, a length, the bytes) and last an {@link #EXIT} frame with the command's exit code.
 */
final class DaemonProtocol {

    /** Changes whenever the messages do; a daemon of another version answers {@link Reply#REBUILT}. */
    static final int VERSION = 1;

    static final byte STDOUT = 1;
    static final byte STDERR = 2;
    static final byte EXIT = 3;

    /** A command line: longer ones are not a launch of {@code submit/adainit}. */
    private static final int MAX_ARGUMENTS = 10_000;
    private static final int MAX_STRING_BYTES = 64 << 20;

    private DaemonProtocol() {}

    /** The daemon's answer to a request, before any frame. */
    enum Reply {
        /** It runs the command; its process id and the frames follow. */
        ACCEPTED,
        /** It is running another command: the launch needs a fresh JVM. */
        BUSY,
        /** It was started in another directory or environment: the launch needs a fresh JVM. */
        OTHER_LAUNCH,
        /** Its jar was rebuilt since it started (or it speaks another version): it exits, a new one is needed. */
        REBUILT
    }

    /** One launch: the client's {@link LaunchFingerprint} and the command's arguments. */
    record Request(int version, String fingerprint, List<String> arguments) {

        Request {
            arguments = List.copyOf(arguments);
        }

        void writeTo(DataOutputStream output) throws IOException {
            output.writeInt(version);
            writeString(output, fingerprint);
            output.writeInt(arguments.size());
            for (String argument : arguments) {
                writeString(output, argument);
            }
            output.flush();
        }

        /** Reads the version first, so that a request of another version is recognised without reading further. */
        static int readVersion(DataInputStream input) throws IOException {
            return input.readInt();
        }

        static Request readAfterVersion(int version, DataInputStream input) throws IOException {
            String fingerprint = readString(input);
            int count = input.readInt();
            if (count < 0 || count > MAX_ARGUMENTS) {
                throw new IOException("a request with " + count + " arguments");
            }
            List<String> arguments = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                arguments.add(readString(input));
            }
            return new Request(version, fingerprint, arguments);
        }
    }

    static void writeString(DataOutputStream output, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        output.writeInt(bytes.length);
        output.write(bytes);
    }

    static String readString(DataInputStream input) throws IOException {
        return new String(readBytes(input), StandardCharsets.UTF_8);
    }

    static byte[] readBytes(DataInputStream input) throws IOException {
        int length = input.readInt();
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new IOException("a frame of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        input.readFully(bytes);
        return bytes;
    }
}
