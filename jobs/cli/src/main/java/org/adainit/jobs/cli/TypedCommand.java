package org.adainit.jobs.cli;

import java.util.Optional;
import org.apache.spark.SparkConf;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line as the user typed it, for the manifest, the retry hint and the writer lock: the one
 * submit/spark-submit.sh hands over in {@value #LAUNCH_COMMAND_PROPERTY} (launcher, master and Spark options included),
 * else this process's arguments after submit/adainit.
 */
final class TypedCommand {

    /** The Spark property submit/spark-submit.sh puts the command line in; Spark passes it to the driver anywhere. */
    static final String LAUNCH_COMMAND_PROPERTY = "spark.adainit.command";

    private TypedCommand() {}

    static String of(CommandSpec spec) {
        Optional<String> launched = Optional.ofNullable(new SparkConf().get(LAUNCH_COMMAND_PROPERTY, null));
        if (launched.isPresent() && !launched.get().isBlank()) {
            return launched.get();
        }
        StringBuilder text = new StringBuilder("submit/adainit");
        for (String argument : spec.root().commandLine().getParseResult().originalArgs()) {
            text.append(' ').append(argument.matches("[A-Za-z0-9_./:=@%+,\\[\\]*-]+") ? argument
                    : "'" + argument.replace("'", "'\\''") + "'");
        }
        return text.toString();
    }
}
