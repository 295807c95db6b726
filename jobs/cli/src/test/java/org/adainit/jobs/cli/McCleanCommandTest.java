package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class McCleanCommandTest {

    @Test
    void printsOneLinePerQubitCountWithVarianceNearThePrediction() {
        CliRun run = CliRun.of("mcclean", "--qubits", "2,4", "--samples", "1000", "--depth", "10n", "--seed", "3");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals(2, lines.size(), run.out());
        for (int i = 0; i < 2; i++) {
            String[] columns = lines.get(i).trim().split("\\s+");
            assertEquals(4, columns.length, lines.get(i));
            int n = Integer.parseInt(columns[0]);
            assertEquals(2 + 2 * i, n);
            double variance = Double.parseDouble(columns[1]);
            double prediction = Double.parseDouble(columns[3]);
            assertEquals(Math.pow(2, n) / (3 * (Math.pow(4, n) - 1)), prediction, 1e-6 * prediction);
            assertEquals(prediction, variance, 0.2 * prediction, lines.get(i));
        }
    }

    @Test
    void badDepthIsRejected() {
        CliRun run = CliRun.of("mcclean", "--depth", "ten");
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--depth"), run.err());
    }
}
