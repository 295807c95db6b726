package org.adainit.jobs.cli;

import java.util.List;
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
        description = "AdaInit: searching QNN initial parameters that keep gradients alive.")
public final class AdaInitCli implements Runnable {

    /** Every subcommand, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(
            QnnCommand.class, McCleanCommand.class, BenchCommand.class, DatasetsCommand.class, ShapeProbeCommand.class,
            SearchCommand.class, PlanCommand.class, RunCommand.class, AggregateCommand.class, SqlCommand.class,
            ReportCommand.class, DiagnoseCommand.class);

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
        System.exit(execute(args));
    }

    /** Runs one command line and returns its exit code: {@link #main}'s work, and a resident driver's per command. */
    public static int execute(String... args) {
        return commandLineFor(args).execute(args);
    }

    /** The configured command line with every subcommand; tests execute commands through it. */
    public static CommandLine commandLine() {
        return withSubcommands(COMMANDS);
    }

    /**
     * The command line {@code args} need: only the subcommand they start with, or every one when they start with none
     * (the help, and the usage printed after a misspelt command, list them all). picocli builds a subcommand's model
     * from its annotations by reflection; building all twelve made every launch about 0.1 s slower than building one
     * (see BENCHMARKS.md, "Eleventh pass").
     */
    static CommandLine commandLineFor(String... args) {
        String first = args.length > 0 ? args[0] : "";
        for (Class<?> command : COMMANDS) {
            if (command.getAnnotation(Command.class).name().equals(first)) {
                return withSubcommands(List.of(command));
            }
        }
        return commandLine();
    }

    private static CommandLine withSubcommands(List<Class<?>> commands) {
        CommandLine cli = new CommandLine(new AdaInitCli());
        commands.forEach(cli::addSubcommand);
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
