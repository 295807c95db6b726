package org.adainit.jobs.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The git commit of the checkout a command runs from ({@code ADAINIT_HOME}, which the launchers set), for the
 * provenance columns: the hash, with "-dirty" when tracked files have uncommitted changes, or "unknown" when there is
 * no checkout or no git (e.g. a driver started by spark-submit in cluster deploy mode).
 */
public final class GitCommit {

    public static final String UNKNOWN = "unknown";

    private GitCommit() {}

    public static String of(String home) {
        if (home == null || home.isBlank() || !Files.isDirectory(Path.of(home, ".git"))
                && !Files.isRegularFile(Path.of(home, ".git"))) {
            return UNKNOWN;
        }
        String head = git(home, "rev-parse", "HEAD");
        if (head == null || !head.matches("[0-9a-f]{40}")) {
            return UNKNOWN;
        }
        String changes = git(home, "status", "--porcelain", "--untracked-files=no");
        return changes == null || changes.isEmpty() ? head : head + "-dirty";
    }

    private static String git(String home, String... arguments) {
        String[] command = new String[arguments.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = home;
        System.arraycopy(arguments, 0, command, 3, arguments.length);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return null;
            }
            return new String(output, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
