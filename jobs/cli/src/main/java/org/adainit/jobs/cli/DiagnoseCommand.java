package org.adainit.jobs.cli;

import org.adainit.jobs.input.InputException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.adainit.jobs.datasets.DataDirectory;
import org.adainit.jobs.diagnose.CellDiagnosisJob;
import org.adainit.jobs.diagnosis.LandscapeRequest;
import org.adainit.jobs.spark.LazySparkSession;
import org.adainit.jobs.spark.SparkSessions;
import org.adainit.jobs.store.ResultDirectory;
import org.adainit.jobs.store.WriterLock;
import org.adainit.simulator.diagnostics.LandscapeDirections.Scope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code adainit diagnose --out DIR --cell ID}: landscape slices and gradient distributions of finished cells. */
@Command(
        name = "diagnose",
        mixinStandardHelpOptions = true,
        description = {
            "Look at the barren plateau of finished cells of an adainit run: a 2D slice of the training loss around "
                    + "theta0* along two directions, and the distribution of gradient magnitudes per epoch of the "
                    + "training from theta0* (retrained with the run's seed and checked against its epochs table).",
            "Writes the tables landscape, gradient_distribution and gradient_histogram under --out (only the "
                    + "diagnosed cells are replaced) and prints the loss range and the median |gradient| per cell."
        })
final class DiagnoseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ResultDirectoryOption out;

    @Option(names = "--cell", required = true, split = ",", paramLabel = "ID",
            description = "Cell id(s), e.g. iris.uniform.n4.l2.s0.adainit-embedded (repeat or separate by commas).")
    private List<String> cells;

    @Option(names = "--radius", defaultValue = "3.141592653589793", paramLabel = "R",
            description = "The slice covers [-R, R] on both axes. Default: pi.")
    private double radius;

    @Option(names = "--points", defaultValue = "21", paramLabel = "K",
            description = "Grid points per axis (odd puts theta0* on the grid). Default: ${DEFAULT-VALUE}.")
    private int points;

    @Option(names = "--directions", defaultValue = "random", paramLabel = "random|A,B",
            description = "'random' (seeded orthogonal pair, RMS entry 1 over --scope) or two parameter names, "
                    + "e.g. l0[0,0,0],l0[0,0,1]. Default: ${DEFAULT-VALUE}.")
    private String directions;

    @Option(names = "--scope", defaultValue = "circuit", paramLabel = "circuit|all",
            description = "Parameters random directions move: the circuit angles l0, or all. Default: "
                    + "${DEFAULT-VALUE}.")
    private String scope;

    @Option(names = "--direction-seed", defaultValue = "0", paramLabel = "S",
            description = "Seed of the random directions. Default: ${DEFAULT-VALUE}.")
    private long directionSeed;

    @Mixin
    private MasterOption master;

    @Mixin
    private DataDirectoryOption dataDir;

    @Override
    public Integer call() {
        LandscapeRequest landscape = landscape();
        ResultDirectory directory = ResultDirectory.open(out.path, SparkSessions.hadoopConfiguration(master.url));
        if (!directory.exists(ResultDirectory.MANIFEST)) {
            throw new InputException("--out " + directory.uri() + " holds no run (no manifest.json)");
        }
        DataDirectory data = DataDirectory.resolve(dataDir.given(), Optional.empty());
        // It rewrites tables of the run, so it is one of the folder's writers: never beside a run or an aggregate.
        try (WriterLock lock = WriterLock.acquire(directory, TypedCommand.of(spec));
                LazySparkSession spark = new LazySparkSession(master.url, "adainit diagnose", SparkSessions.Use.RUN)) {
            CellDiagnosisJob.run(spark.get(), directory,
                    new CellDiagnosisJob.Request(List.copyOf(cells), landscape, data.root().toString()),
                    spec.commandLine().getOut());
        }
        return 0;
    }

    private LandscapeRequest landscape() {
        Scope parsedScope = switch (scope.strip().toLowerCase(Locale.ROOT)) {
            case "circuit" -> Scope.CIRCUIT;
            case "all" -> Scope.ALL;
            default -> throw new InputException("--scope must be circuit or all, got '" + scope + "'");
        };
        String first = null;
        String second = null;
        if (!directions.strip().equalsIgnoreCase("random")) {
            // Names contain commas themselves: split between the two names, at "],".
            int split = directions.indexOf("],");
            if (split < 0) {
                throw new InputException("--directions must be 'random' or two parameter names like "
                        + "l0[0,0,0],l0[0,0,1], got '" + directions + "'");
            }
            first = directions.substring(0, split + 1);
            second = directions.substring(split + 2);
        }
        try {
            return new LandscapeRequest(radius, points, first, second, parsedScope, directionSeed);
        } catch (IllegalArgumentException e) {
            throw new InputException("--radius/--points: " + e.getMessage());
        }
    }
}
