package org.adainit.jobs.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code chromium} run headless on a local file, as the browser test needs it: a fresh profile per run, no
 * background network traffic, console messages logged to stderr.
 */
final class HeadlessChromium {

    /** What one page load produced. */
    record Page(String dom, List<String> consoleMessages) {}

    private static final long TIMEOUT_SECONDS = 90;

    private final String executable;
    private final Path profiles;

    private HeadlessChromium(String executable, Path profiles) {
        this.executable = executable;
        this.profiles = profiles;
    }

    /** The browser on the PATH, if installed. */
    static Optional<HeadlessChromium> find(Path profiles) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "chromium");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new HeadlessChromium(candidate.toString(), profiles));
            }
        }
        return Optional.empty();
    }

    /** Loads the page, runs its scripts and returns the DOM and every console message the page produced. */
    Page load(Path html) throws IOException, InterruptedException {
        Path stdout = Files.createTempFile(profiles, "dom", ".html");
        Path stderr = Files.createTempFile(profiles, "log", ".txt");
        run(List.of("--enable-logging=stderr", "--v=0", "--dump-dom", html.toUri().toString()), stdout, stderr);
        List<String> console = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains(":CONSOLE"))
                .toList();
        return new Page(Files.readString(stdout, StandardCharsets.UTF_8), console);
    }

    /** Saves a screenshot of the page at the given window size. */
    void screenshot(Path html, Path png, int width, int height) throws IOException, InterruptedException {
        Path log = Files.createTempFile(profiles, "shot", ".txt");
        run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars", html.toUri().toString()), log, log);
    }

    private void run(List<String> arguments, Path stdout, Path stderr) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(profiles, "profile")));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("chromium exited with " + process.exitValue() + ": "
                    + Files.readString(stderr, StandardCharsets.UTF_8));
        }
    }
}
