package org.adainit.jobs.cli;

import org.adainit.jobs.input.InputException;
import org.adainit.jobs.input.QubitLimit;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.adainit.jobs.datasets.DataDirectory;
import org.adainit.jobs.datasets.Dataset;
import org.adainit.jobs.generator.GeneratorFactory;
import org.adainit.jobs.generator.GeneratorName;
import org.adainit.jobs.generator.embedded.ProposalSupport;
import org.adainit.jobs.search.AdaInitSearch;
import org.adainit.jobs.search.ClassicBaseline;
import org.adainit.jobs.search.HeadInitialisation;
import org.adainit.jobs.search.ParameterGenerator;
import org.adainit.jobs.search.PriorSpec;
import org.adainit.jobs.search.PromptVariant;
import org.adainit.jobs.search.ScoringHead;
import org.adainit.jobs.search.SearchProblem;
import org.adainit.jobs.search.SearchResult;
import org.adainit.jobs.search.SearchSettings;
import org.adainit.jobs.search.SearchSetup;
import org.adainit.jobs.search.ThresholdRule;
import org.adainit.jobs.search.TrainingEvaluator;
import org.adainit.simulator.qnn.QnnShape;
import org.adainit.simulator.training.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code adainit search}: one AdaInit search (Algorithm 1) on one dataset and structure, printed as it runs, then θ0*
 * and the Classic baseline (one training from one prior draw) for comparison. Exit code 0 when all T iterations ran,
 * 1 when the search stopped early (the lines before the stop are valid), 2 on bad input.
 */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Run the AdaInit search (Algorithm 1) on one dataset and QNN structure.",
            "Prints one line per iteration: <t> <variance> <delta> <S> <accepted> <parse status> <generator>,",
            "then theta0*, the final S and the Classic baseline as '#' lines."
        })
final class SearchCommand implements Callable<Integer> {

    /** Exit code when the search stopped before T iterations (a generator or training failure). */
    static final int EXIT_INCOMPLETE = 1;

    @Spec
    private CommandSpec spec;

    @Mixin
    private LlmOptions llm;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "iris, wine, titanic or mnist.")
    private String dataset;

    @Option(names = "--qubits", defaultValue = "2", paramLabel = "N", description = "Qubits (default: ${DEFAULT-VALUE}).")
    private int qubits;

    @Option(names = "--layers", defaultValue = "2", paramLabel = "L", description = "Layers (default: ${DEFAULT-VALUE}).")
    private int layers;

    @Option(names = "--iterations", defaultValue = "50", paramLabel = "T",
            description = "Search iterations T (default: ${DEFAULT-VALUE}, the paper's).")
    private int iterations;

    @Option(names = "--generator", defaultValue = "embedded", paramLabel = "NAME",
            description = "embedded (offline, not an LLM), random (best of T prior draws), llm or replay "
                    + "(default: ${DEFAULT-VALUE}).")
    private String generator;

    @Option(names = "--prior", defaultValue = "uniform", paramLabel = "NAME",
            description = "uniform, normal, beta (fitted to the training features), gainit, beinit, or a short name: "
                    + "uniform-2pi, uniform-pm-pi, gainit-x4 (default: ${DEFAULT-VALUE}).")
    private String prior;

    @Option(names = "--variant", defaultValue = "full", paramLabel = "NAME",
            description = "Prompt slots (Fig. 4): full, no-description, no-feedback or neither (default: ${DEFAULT-VALUE}).")
    private String variant;

    @Option(names = "--threshold", defaultValue = "paper", paramLabel = "RULE",
            description = "Acceptance threshold: paper (1/(2^2N*T)), mcclean (1/(2^N*T)) or a number "
                    + "(default: ${DEFAULT-VALUE}).")
    private String threshold;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S",
            description = "Seed of the split, the prior draws, the generator and the trainings (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Mixin
    private DataDirectoryOption dataDir;

    @Override
    public Integer call() {
        Dataset data = Dataset.parse(dataset);
        SearchSettings settings = settings();
        GeneratorName generatorName = parsed("--generator", () -> GeneratorName.parse(generator));
        PriorSpec priorName = parsed("--prior", () -> PriorSpec.parse(prior));
        QnnShape shape = shape();

        PrintWriter out = spec.commandLine().getOut();
        try (ParameterGenerator proposer = GeneratorFactory.create(generatorName, settings.variant(),
                ProposalSupport.FREE, () -> llm.connection(data.externalName(), seed))) {
            SearchSetup setup = SearchSetup.prepare(data, DataDirectory.resolve(dataDir.given(), Optional.empty()),
                    shape.qubits(), shape.layers(), priorName, HeadInitialisation.PRIOR, ScoringHead.TRAINED, seed,
                    seed, TrainingConfig.PAPER);
            SearchProblem problem = setup.problem();
            TrainingEvaluator evaluator = setup.evaluator();

            out.println(String.format(Locale.ROOT,
                    "# search: %s, N=%d L=%d, prior %s (%s), generator %s, T=%d, threshold %s = %.4e, variant %s, seed %d",
                    data.externalName(), qubits, layers, priorName.externalName(), problem.prior().law(),
                    proposer.label(), iterations, settings.thresholdRule().externalName(),
                    settings.thresholdRule().threshold(shape, iterations), settings.variant().externalName(), seed));
            if (!proposer.promptVersion().isEmpty()) {
                out.println("# prompt " + proposer.promptVersion());
            }
            out.println(SearchLines.COLUMNS);
            out.flush();
            SearchResult result = new AdaInitSearch(settings, evaluator).run(problem, proposer, record -> {
                out.println(SearchLines.iteration(record));
                out.flush();
            });
            out.println(SearchLines.selection(result));
            SearchLines.usage(result).ifPresent(out::println);
            out.println(SearchLines.classic(ClassicBaseline.run(problem, evaluator).gradientVariance(), result));
            out.flush();
            if (result.failure().isPresent()) {
                spec.commandLine().getErr().println(SearchLines.failure(result.failure().get()));
                return EXIT_INCOMPLETE;
            }
            return 0;
        }
    }

    private SearchSettings settings() {
        if (iterations < 1) {
            throw new InputException("--iterations must be >= 1, got " + iterations);
        }
        return new SearchSettings(iterations,
                parsed("--threshold", () -> ThresholdRule.parse(threshold)),
                parsed("--variant", () -> PromptVariant.parse(variant)));
    }

    private QnnShape shape() {
        QubitLimit.require(qubits, 1, "--qubits");
        if (layers < 1) {
            throw new InputException("--layers must be >= 1, got " + layers);
        }
        return new QnnShape(qubits, layers, SearchSetup.CLASSES);
    }

    private static <T> T parsed(String option, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new InputException(option + ": " + e.getMessage());
        }
    }
}
