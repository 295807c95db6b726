package org.adainit.jobs.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * HotSpot compiler directives for this JVM, from the file the launcher names in {@code -Dadainit.jit.directives}
 * ({@code conf/jit-directives.json} for the commands that run cells). They are installed through the diagnostic command
 * behind {@code jcmd <pid> Compiler.directives_add}, which answers the caller. {@code -XX:CompilerDirectivesFile}
 * would install the same directives, but it prints "2 compiler directives added" on the standard output of every
 * launch. On a JVM without that command, or without the file, the command runs with the JVM's default compilation
 * policy: the numbers are the same, the run a few seconds slower.
 */
public final class JitDirectives {

    static final String PROPERTY = "adainit.jit.directives";

    private JitDirectives() {}

    /** Installs the directives named by {@link #PROPERTY}, if any, off the caller's thread (JMX starts in ~0.1 s). */
    public static void installFromProperty() {
        String file = System.getProperty(PROPERTY);
        if (file == null) {
            return;
        }
        Thread installer = new Thread(() -> install(Path.of(file)), "adainit-jit-directives");
        installer.setDaemon(true);
        installer.start();
    }

    /**
     * Adds the directives of {@code file} on top of this JVM's directive stack.
     *
     * @return the JVM's answer ("N compiler directives added"), or empty when it could not be asked or the file is
     *     not there
     */
    static Optional<String> install(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toAbsolutePath().toString()}},
                    new String[] {String[].class.getName()});
            return Optional.of(String.valueOf(answer).strip());
        } catch (JMException | RuntimeException e) {
            // Not HotSpot, or a JVM without the command: the default policy is slower, not wrong.
            return Optional.empty();
        }
    }
}
