package org.adainit.jobs.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.adainit.jobs.spark.TestSpark;
import picocli.CommandLine;

/**
 * Runs the real command line in-process and captures what a user would see. The command finds the tests' shared
 * SparkSession running and leaves it so: a command that started its own would stop it again, and every test after it
 * would pay for another Spark start.
 */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        TestSpark.session();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = AdaInitCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
