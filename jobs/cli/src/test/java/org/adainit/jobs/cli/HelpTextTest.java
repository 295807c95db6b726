package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.adainit.jobs.tables.ResultTable;
import org.adainit.jobs.tables.diagnosis.DiagnosticTable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.OptionSpec;

/** What {@code --help} tells a user, checked over every command. */
class HelpTextTest {

    @Test
    void theTopLevelHelpShowsEveryCommandsSummaryAsAWholeSentence() {
        List<String> cut = new ArrayList<>();
        AdaInitCli.commandLine().getSubcommands().forEach((name, command) -> {
            String summary = command.getCommandSpec().usageMessage().description()[0].strip();
            if (!summary.endsWith(".") && !summary.endsWith(")")) {
                cut.add(name + ": " + summary);
            }
        });
        assertEquals(List.of(), cut, "the command list shows the first description line only");
    }

    @Test
    void everyOptionOfEveryCommandSaysWhatItDoes() {
        List<String> bare = new ArrayList<>();
        AdaInitCli.commandLine().getSubcommands().forEach((name, command) -> {
            for (OptionSpec option : command.getCommandSpec().options()) {
                String text = String.join(" ", option.description()).replace("Default: ${DEFAULT-VALUE}.", "");
                if (text.isBlank()) {
                    bare.add(name + " " + option.longestName());
                }
            }
        });
        assertEquals(List.of(), bare);
    }

    @Test
    void runHelpGivesTheConventionalExitCodeOfAnInterruptedRun() {
        String help = CliRun.of("run", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("130: interrupted with Ctrl-C"), help);
    }

    @Test
    void sqlHelpNamesEveryTable() {
        String help = CliRun.of("sql", "--help").out().replaceAll("\\s+", " ");
        List<String> missing = Stream.concat(Stream.of(ResultTable.values()).map(ResultTable::tableName),
                        Stream.of(DiagnosticTable.values()).map(DiagnosticTable::tableName))
                .filter(table -> !help.matches("(?s).*\\b" + table + "\\b.*"))
                .toList();
        assertEquals(List.of(), missing, help);
        assertTrue(help.contains("conf/sql/"), help);
    }
}
