package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Optional;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** conf/jit-directives.json, installed into this JVM the way the commands that run cells install it. */
class JitDirectivesTest {

    private static final Path ROOT = Path.of(System.getProperty("adainit.root")).toAbsolutePath().normalize();

    @Test
    void theShippedDirectivesKeepC2ForTheSimulatorAndTheVectorApiOnly() throws Exception {
        Optional<String> answer = JitDirectives.install(ROOT.resolve("conf/jit-directives.json"));
        try {
            assertEquals(Optional.of("2 compiler directives added"), answer);
            String stack = diagnosticCommand("compilerDirectivesPrint");
            String simulator = directive(stack, "org/adainit/simulator/*.*");
            assertTrue(simulator.contains("jdk/incubator/vector/*.*"), simulator);
            assertTrue(c2(simulator).contains("Exclude:false"), simulator);
            assertTrue(c2(directive(stack, "matching: *.*")).contains("Exclude:true"), stack);
        } finally {
            if (answer.isPresent()) {
                diagnosticCommand("compilerDirectivesRemove");
                diagnosticCommand("compilerDirectivesRemove");
            }
        }
    }

    @Test
    void aMissingFileInstallsNothing() {
        assertEquals(Optional.empty(), JitDirectives.install(ROOT.resolve("conf/no-such-directives.json")));
    }

    /** The printed directive whose text contains {@code marker}, up to the next directive. */
    private static String directive(String stack, String marker) {
        int at = stack.indexOf(marker);
        assertTrue(at >= 0, marker + " not in " + stack);
        int start = stack.lastIndexOf("Directive:", at);
        int end = stack.indexOf("Directive:", at);
        return stack.substring(start, end < 0 ? stack.length() : end);
    }

    /** The C2 part of a printed directive. */
    private static String c2(String directive) {
        return directive.substring(directive.indexOf("c2 directives:"));
    }

    private static String diagnosticCommand(String operation) throws Exception {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                new Object[] {new String[0]}, new String[] {String[].class.getName()}));
    }
}
