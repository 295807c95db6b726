package org.adainit.jobs.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Skipped tests say why on the console, where Surefire alone shows only their number. */
class SkipReasonPrinterTest {

    /** Run by the launcher below only: Surefire leaves nested classes alone. */
    static class Skipping {
        @Test
        void needsData() {
            Assumptions.assumeTrue(false, "ADAINIT_DATA_DIR is not set");
        }

        @Test
        @Disabled("waits for issue 99")
        void later() {}

        @Test
        void runs() {}
    }

    @Test
    void printsTheReasonOfEveryAbortedOrDisabledTestAndNothingForOthers() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(LauncherDiscoveryRequestBuilder.request()
                        .selectors(DiscoverySelectors.selectClass(Skipping.class)).build(),
                new SkipReasonPrinter(new PrintStream(console, true, StandardCharsets.UTF_8)));

        String printed = console.toString(StandardCharsets.UTF_8);
        String prefix = "[SKIPPED] " + Skipping.class.getName() + ".";
        assertTrue(printed.contains(prefix + "needsData: Assumption failed: ADAINIT_DATA_DIR is not set"), printed);
        assertTrue(printed.contains(prefix + "later: waits for issue 99"), printed);
        assertEquals(2, printed.lines().count(), printed);
    }

    @Test
    void isRegisteredForEveryTestRun() {
        assertTrue(ServiceLoader.load(TestExecutionListener.class).stream()
                .anyMatch(p -> p.type() == SkipReasonPrinter.class), "META-INF/services registration");
    }
}
