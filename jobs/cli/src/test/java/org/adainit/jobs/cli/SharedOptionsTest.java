package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import org.junit.jupiter.api.Test;

/** The options several commands share read the same in every command's help: one declaration each. */
class SharedOptionsTest {

    private static final Map<String, Set<String>> EXPECTED = Map.of(
            "--out", Set.of("aggregate", "diagnose", "report", "run", "sql"),
            "--master", Set.of("aggregate", "diagnose", "report", "run", "sql"),
            "--data-dir", Set.of("datasets", "diagnose", "run", "search"));

    @Test
    void everyCommandDeclaresASharedOptionWithTheSameLabelHelpAndRequirement() {
        CommandLine cli = AdaInitCli.commandLine();
        EXPECTED.forEach((option, commands) -> {
            Map<String, String> shapes = new TreeMap<>();
            cli.getSubcommands().forEach((name, command) -> {
                OptionSpec spec = command.getCommandSpec().findOption(option);
                if (spec != null) {
                    shapes.put(name, spec.paramLabel() + " required=" + spec.required() + " default="
                            + spec.defaultValue() + " " + List.of(spec.description()));
                }
            });
            assertEquals(new TreeSet<>(commands), shapes.keySet(), "commands with " + option);
            assertEquals(1, new TreeSet<>(shapes.values()).size(), option + " differs between commands: " + shapes);
        });
    }
}
