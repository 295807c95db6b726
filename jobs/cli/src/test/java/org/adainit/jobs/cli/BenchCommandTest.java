package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    private static final Pattern SUMMARY = Pattern.compile(
            "n=(\\d+) L=(\\d+) fwd\\+grad (\\S+) reference (\\S+) speedup (\\S+) passes (\\S+)");

    @Test
    void printsOneSummaryLinePerSizeWithConsistentRatios() {
        CliRun run = CliRun.of("bench", "--qubits", "2,3", "--layers", "4", "--reference-up-to", "2",
                "--min-time", "0.001", "--repetitions", "1");
        assertEquals(0, run.exitCode(), run.err());
        List<Matcher> lines = run.out().lines().map(SUMMARY::matcher).filter(Matcher::matches).toList();
        assertEquals(3, lines.size(), run.out());
        int[][] sizes = {{2, 2}, {3, 2}, {2, 4}};
        for (int i = 0; i < 3; i++) {
            Matcher m = lines.get(i);
            assertEquals(sizes[i][0], Integer.parseInt(m.group(1)));
            assertEquals(sizes[i][1], Integer.parseInt(m.group(2)));
            double fast = Double.parseDouble(m.group(3));
            assertTrue(fast > 0, m.group());
            assertTrue(Double.parseDouble(m.group(6)) > 0, m.group());
            if (sizes[i][0] <= 2) {
                double reference = Double.parseDouble(m.group(4));
                double speedup = Double.parseDouble(m.group(5).replace("x", ""));
                assertEquals(reference / fast, speedup, 0.05 * speedup + 0.05, m.group());
            } else {
                assertEquals("n/a", m.group(4), "width 3 is above --reference-up-to");
            }
        }
        assertTrue(run.out().contains("full Iris-sized training run"), run.out());
    }

    @Test
    void timesThreadedMiniBatchesAndChecksThemAgainstOneThread() {
        CliRun run = CliRun.of("bench", "--qubits", "3,7", "--layers", "4", "--reference-up-to", "7",
                "--threads", "1,2", "--min-time", "0.001", "--repetitions", "1");
        assertEquals(0, run.exitCode(), run.err());
        Pattern threaded = Pattern.compile(
                "n=(\\d+) L=2 threads=(\\d+) per-sample (\\S+) scaling (\\S+)x identical (\\S+)");
        List<Matcher> lines = run.out().lines().map(threaded::matcher).filter(Matcher::matches).toList();
        assertEquals(4, lines.size(), run.out());
        for (int i = 0; i < 4; i++) {
            Matcher m = lines.get(i);
            assertEquals(i < 2 ? 3 : 7, Integer.parseInt(m.group(1)), m.group());
            assertEquals(1 + i % 2, Integer.parseInt(m.group(2)), m.group());
            assertTrue(Double.parseDouble(m.group(3)) > 0, m.group());
            assertEquals("yes", m.group(5), "threaded training must equal one thread's: " + m.group());
        }
        assertEquals("1.00", lines.get(0).group(4), "one thread against itself");
    }

    @Test
    void rejectsImpossibleWidths() {
        CliRun run = CliRun.of("bench", "--qubits", "40");
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--qubits"), run.err());
    }
}
