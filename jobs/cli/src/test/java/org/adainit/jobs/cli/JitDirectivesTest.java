package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.management.ObjectName;
import org.adainit.simulator.fast.CircuitEvaluators;
import org.adainit.simulator.qnn.QnnShape;
import org.junit.jupiter.api.Test;

/** conf/jit-directives.json, installed into this JVM the way the commands that run cells install it. */
class JitDirectivesTest {

    private static final Path ROOT = Path.of(System.getProperty("adainit.root")).toAbsolutePath().normalize();

    @Test
    void theShippedDirectivesKeepC2ForTheSimulatorAndTheVectorApiOnlyAndTheEvaluatorsOutOfTheTrainingLoop() throws Exception {
        Optional<String> answer = JitDirectives.install(ROOT.resolve("conf/jit-directives.json"));
        try {
            assertEquals(Optional.of("2 compiler directives added"), answer);
            String stack = diagnosticCommand("compilerDirectivesPrint");
            String simulator = directive(stack, "org/adainit/simulator/*.*");
            assertTrue(simulator.contains("jdk/incubator/vector/*.*"), simulator);
            assertTrue(c2(simulator).contains("Exclude:false"), simulator);
            assertTrue(c2(directive(stack, "matching: *.*")).contains("Exclude:true"), stack);
            for (String evaluator : evaluatorsOfEveryWidth()) {
                for (String method : List.of("forward", "backward")) {
                    assertTrue(inlining(c2(simulator)).contains("-" + evaluator + "." + method + ","),
                            evaluator + "." + method + " may be inlined: " + simulator);
                }
            }
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

    /**
     * The circuit evaluator classes training uses, over every width a grid can have: the directives keep each one's
     * entry points out of the training loop, which a grid of several widths would otherwise recompile at each change.
     */
    private static Set<String> evaluatorsOfEveryWidth() {
        Set<String> classes = new TreeSet<>();
        for (int qubits = 1; qubits <= 24; qubits++) {
            QnnShape shape = new QnnShape(qubits, 1, 2);
            classes.add(CircuitEvaluators.fastest(shape, qubits).getClass().getName().replace('.', '/'));
        }
        assertEquals(2, classes.size(), classes.toString());
        return classes;
    }

    /** The inline list of a printed compiler's directives, ending in a comma. */
    private static String inlining(String compiler) {
        String line = compiler.lines().filter(l -> l.strip().startsWith("inline:")).findFirst().orElse("");
        return line.strip() + ",";
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
