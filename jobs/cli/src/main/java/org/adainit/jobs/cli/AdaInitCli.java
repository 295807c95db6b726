package org.adainit.jobs.cli;

import java.util.Optional;
import org.adainit.jobs.input.InputException;
import org.adainit.jobs.store.StoreFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code submit/adainit}: one subcommand per job. */
@Command(
        name = "adainit",
        mixinStandardHelpOptions = true,
        versionProvider = ProjectVersion.class,
        description = "AdaInit: searching QNN initial parameters that keep gradients alive.",
        subcommands = {
            QnnCommand.class, McCleanCommand.class, BenchCommand.class, DatasetsCommand.class, ShapeProbeCommand.class,
            SearchCommand.class, PlanCommand.class, RunCommand.class, AggregateCommand.class, SqlCommand.class,
            ReportCommand.class, DiagnoseCommand.class
        })
public final class AdaInitCli implements Runnable {

    /**
     * Exit code for bad input (a malformed file, an unknown option value, a missing dataset) and for an environment
     * that cannot take the results (an --out that cannot be written, a full disk).
     */
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        JitDirectives.installFromProperty();
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests execute commands through it. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new AdaInitCli());
        cli.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            if (exception instanceof InputException) {
                commandLine.getErr().println("error: " + exception.getMessage());
                return EXIT_BAD_INPUT;
            }
            Optional<String> storage = StoreFailure.explain(exception);
            if (storage.isPresent()) {
                commandLine.getErr().println("error: " + storage.get());
                return EXIT_BAD_INPUT;
            }
            throw exception;
        });
        return cli;
    }
}
