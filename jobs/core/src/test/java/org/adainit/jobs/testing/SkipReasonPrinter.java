package org.adainit.jobs.testing;

import java.io.PrintStream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints on the console why a test did not run: an unmet assumption (e.g. no datasets folder) or a disabled test.
 * Surefire itself shows only a count of skipped tests, so a missing {@code ADAINIT_DATA_DIR} would pass unnoticed.
 * Registered for every jobs module through {@code META-INF/services} in this module's test jar.
 */
public final class SkipReasonPrinter implements TestExecutionListener {

    private final PrintStream console;

    public SkipReasonPrinter() {
        this(System.out);
    }

    SkipReasonPrinter(PrintStream console) {
        this.console = console;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        print(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            print(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
        }
    }

    private void print(TestIdentifier test, String reason) {
        String name = test.getSource()
                .filter(MethodSource.class::isInstance)
                .map(source -> ((MethodSource) source).getClassName() + "." + ((MethodSource) source).getMethodName())
                .orElse(test.getDisplayName());
        console.println("[SKIPPED] " + name + ": " + reason);
        console.flush();
    }
}
