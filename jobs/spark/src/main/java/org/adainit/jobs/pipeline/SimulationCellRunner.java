package org.adainit.jobs.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.adainit.jobs.datasets.DataDirectory;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.grid.GridJson;
import org.adainit.jobs.outcome.CellOutcome;
import org.adainit.jobs.outcome.CellStatus;
import org.adainit.jobs.outcome.Provenance;
import org.adainit.jobs.outcome.SelectedTheta;
import org.adainit.jobs.outcome.Timing;
import org.adainit.jobs.outcome.TrainingRun;
import org.adainit.jobs.search.AdaInitSearch;
import org.adainit.jobs.search.CandidateEvaluator;
import org.adainit.jobs.search.ClassicBaseline;
import org.adainit.jobs.search.InitialisationEnsemble;
import org.adainit.jobs.search.ModelUsage;
import org.adainit.jobs.search.ParameterFingerprint;
import org.adainit.jobs.search.ParameterGenerator;
import org.adainit.jobs.search.SearchFailure;
import org.adainit.jobs.search.SearchIteration;
import org.adainit.jobs.search.SearchProblem;
import org.adainit.jobs.search.SearchResult;
import org.adainit.jobs.search.SearchSettings;
import org.adainit.jobs.search.SearchSetup;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.training.TrainingResult;

/**
 * The real cell: prepares the cell's dataset split and prior ({@link SearchSetup}), then either trains once from a
 * single prior draw (classic, gainit, beinit: {@link ClassicBaseline}) or runs Algorithm 1 with the cell's generator
 * ({@link AdaInitSearch}). Each training uses the grid's {@code training.threads} (default one, as Spark already runs
 * one cell per core).
 */
public final class SimulationCellRunner implements CellRunner {

    private final Grid grid;
    private final String dataDirectory;
    private final Provenance provenance;
    private final Generators generators;

    /**
     * @param dataDirectory the dataset folder, resolved on the driver; executors read the same path
     */
    public SimulationCellRunner(Grid grid, String dataDirectory, Provenance provenance) {
        this.grid = grid;
        this.dataDirectory = dataDirectory;
        this.provenance = provenance;
        this.generators = new Generators(grid.llm(), grid.budget(), GridJson.hash(grid));
    }

    @Override
    public CellOutcome run(Cell cell) {
        long started = System.currentTimeMillis();
        try {
            SearchSetup setup = SearchSetup.prepare(cell.dataset(),
                    DataDirectory.resolve(Optional.of(Path.of(dataDirectory)), Optional.empty()), cell.qubits(),
                    cell.layers(), cell.prior(), cell.head(), cell.scoringHead(), cell.splitSeed(), cell.cellSeed(),
                    grid.training().config());
            SplitScorer scorer = new SplitScorer(setup.problem().shape(), setup.data());
            return switch (cell.method().method()) {
                case INIT_ENSEMBLE -> ensemble(cell, setup, started);
                case ADAINIT -> search(cell, setup.problem(), setup.evaluator(), scorer, started);
                case CLASSIC, GAINIT, BEINIT -> baseline(cell, setup.problem(), setup.evaluator(), scorer, started);
            };
        } catch (RuntimeException e) {
            return CellOutcome.failedBeforeStart(cell, message(e), Timing.since(started, TaskPlace.current()),
                    provenance);
        }
    }

    private CellOutcome baseline(Cell cell, SearchProblem problem, CandidateEvaluator evaluator, SplitScorer scorer,
            long started) {
        List<QnnParameters> drawn = new ArrayList<>(1);
        TrainingResult result = ClassicBaseline.run(problem, (initial, seed) -> {
            drawn.add(initial.copy());
            return evaluator.evaluate(initial, seed);
        });
        QnnParameters theta0 = drawn.get(0);
        double variance = result.gradientVariance();
        boolean finite = Double.isFinite(variance);
        return new CellOutcome(cell, finite ? CellStatus.OK : CellStatus.FAILED,
                finite ? null : "the training gave a non-finite gradient variance (" + variance + ")",
                SelectedTheta.of(0, false, variance, ParameterFingerprint.of(theta0), theta0), null, null, 0, "", "",
                List.of(), List.of(new TrainingRun(0, result.epochsFromZero(), scorer.score(result))),
                Timing.since(started, TaskPlace.current()), provenance, ModelUsage.NONE);
    }

    private CellOutcome ensemble(Cell cell, SearchSetup setup, long started) {
        InitialisationEnsemble.Result result = InitialisationEnsemble.run(setup.problem(), setup.data().train().x(),
                setup.data().train().y(), cell.method().draws());
        QnnParameters first = result.draws().get(0);
        double variance = result.lossGradientVariance();
        boolean finite = Double.isFinite(variance);
        List<TrainingRun> draws = new ArrayList<>(result.atTheta0().size());
        for (int k = 0; k < result.atTheta0().size(); k++) {
            draws.add(new TrainingRun(k + 1, List.of(result.atTheta0().get(k)), null));
        }
        return new CellOutcome(cell, finite ? CellStatus.OK : CellStatus.FAILED,
                finite ? null : "the ensemble gave a non-finite gradient variance (" + variance + ")",
                SelectedTheta.of(0, false, variance, ParameterFingerprint.of(first), first), null, null, 0, "", "",
                List.of(), draws, Timing.since(started, TaskPlace.current()), provenance, ModelUsage.NONE,
                result.circuitZ0Variance());
    }

    private CellOutcome search(Cell cell, SearchProblem problem, CandidateEvaluator evaluator, SplitScorer scorer,
            long started) {
        try (ParameterGenerator generator = generators.create(cell)) {
            SearchSettings settings = new SearchSettings(grid.search().iterations(), grid.search().thresholdRule(),
                    cell.method().prompt());
            SearchResult result = new AdaInitSearch(settings, evaluator).run(problem, generator);
            SelectedTheta selection = result.selection()
                    .map(s -> SelectedTheta.of(s.iteration(), s.fallback(), s.variance(),
                            ParameterFingerprint.of(s.parameters()), s.parameters()))
                    .orElse(null);
            List<TrainingRun> trainings = new ArrayList<>();
            for (SearchIteration iteration : result.iterations()) {
                trainings.add(new TrainingRun(iteration.record().iteration(), iteration.training().epochsFromZero(),
                        scorer.score(iteration.training())));
            }
            String error = result.failure().map(SimulationCellRunner::describe).orElse(null);
            return new CellOutcome(cell, error == null ? CellStatus.OK : CellStatus.FAILED, error, selection,
                    result.finalS(), settings.thresholdRule().threshold(problem.shape(), settings.iterations()),
                    result.accepted().size(), generator.label(), generator.promptVersion(), result.records(),
                    trainings, Timing.since(started, TaskPlace.current()), provenance,
                    result.failure().map(SearchFailure::spent).orElse(ModelUsage.NONE));
        }
    }

    private static String describe(SearchFailure failure) {
        return "iteration " + failure.iteration() + " (" + failure.stage().name().toLowerCase(java.util.Locale.ROOT) + "): "
                + failure.message();
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
