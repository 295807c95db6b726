package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line a launch builds for its arguments. */
class AdaInitCliTest {

    @Test
    void aLaunchNamingACommandBuildsThatCommandAlone() {
        List<String> names = new ArrayList<>(AdaInitCli.commandLine().getSubcommands().keySet());
        assertEquals(12, names.size(), names.toString());
        for (String name : names) {
            assertEquals(Set.of(name), AdaInitCli.commandLineFor(name, "--out", "x").getSubcommands().keySet());
        }
    }

    @Test
    void aLaunchNamingNoCommandListsThemAllInTheUsageItPrints() {
        Set<String> all = AdaInitCli.commandLine().getSubcommands().keySet();
        assertEquals(all, AdaInitCli.commandLineFor("--help").getSubcommands().keySet());

        CommandLine typo = AdaInitCli.commandLineFor("rnu", "conf/grids/quickstart.yaml");
        StringWriter err = new StringWriter();
        typo.setErr(new PrintWriter(err, true));
        int code = typo.execute("rnu", "conf/grids/quickstart.yaml");
        assertEquals(CommandLine.ExitCode.USAGE, code);
        assertTrue(err.toString().startsWith("Unmatched arguments from index 0: 'rnu'"), err.toString());
        for (String name : all) {
            assertTrue(err.toString().contains("\n  " + name + " "), name + " missing from the usage: " + err);
        }
    }

    @Test
    void theCommandBuiltAloneParsesItsOptionsAsInTheFullCommandLine() {
        String[] args = {"sql", "--out", "results/quickstart", "--format", "csv", "SELECT 1"};
        CommandLine alone = AdaInitCli.commandLineFor(args);
        CommandLine.ParseResult parsed = alone.parseArgs(args);
        assertEquals("results/quickstart", parsed.subcommand().matchedOptionValue("--out", ""));
        assertEquals("SELECT 1", parsed.subcommand().matchedPositionalValue(0, ""));
    }
}
