package org.adainit.jobs.daemon;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a command's outcome may depend on besides its arguments: the working directory (relative paths) and every
 * environment variable (the data directory, the API key, {@code ADAINIT_JAVA_OPTS}, Spark's settings). A daemon serves
 * only launches whose fingerprint equals its own, so a command reads the same environment in the daemon as in a fresh
 * JVM. Only a digest crosses the socket; the variables' values (secrets among them) never do.
 */
public final class LaunchFingerprint {

    /**
     * The shell's own bookkeeping, which says nothing about the launch: the program it executes last ({@code _}), how
     * deeply shells are nested ({@code SHLVL}: one more under {@code time} or a script than at the prompt) and the
     * directory before the last {@code cd}.
     */
    private static final Set<String> SHELL_BOOKKEEPING = Set.of("_", "SHLVL", "OLDPWD");

    private LaunchFingerprint() {}

    /** The fingerprint of this JVM's launch. */
    public static String current() {
        return of(System.getenv(), Path.of("").toAbsolutePath());
    }

    /** SHA-256 over the directory and the variables sorted by name, in hex. */
    public static String of(Map<String, String> environment, Path workingDirectory) {
        MessageDigest digest = sha256();
        update(digest, workingDirectory.toString());
        new TreeMap<>(environment).forEach((name, value) -> {
            if (!SHELL_BOOKKEEPING.contains(name)) {
                update(digest, name);
                update(digest, value);
            }
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    /** NUL-terminated: no path or variable holds a NUL, so two different launches never feed the same bytes. */
    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
