package org.adainit.jobs.pipeline;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.grid.GridJson;
import org.adainit.jobs.outcome.CellOutcome;
import org.adainit.jobs.outcome.CellStatus;
import org.adainit.jobs.outcome.FinalScores;
import org.adainit.jobs.outcome.Provenance;
import org.adainit.jobs.outcome.SelectedTheta;
import org.adainit.jobs.outcome.Timing;
import org.adainit.jobs.outcome.TrainingRun;
import org.adainit.jobs.search.IterationRecord;
import org.adainit.jobs.search.ModelUsage;
import org.adainit.jobs.search.ParameterFingerprint;
import org.adainit.jobs.search.ParseStatus;
import org.adainit.jobs.search.SearchSetup;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.adainit.simulator.qnn.SplitScore;
import org.adainit.simulator.training.EpochRecord;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.spark.sql.SparkSession;

/**
 * A cell runner that trains nothing: it makes each cell's outcome up from the cell's own seed, with the structure a
 * real one has (θ0 of the cell's shape, one training per search iteration, Algorithm 1's Δ, S and acceptance, LLM
 * usage for the llm generator), so that the real pipeline commits, aggregates and reports it without a simulator or an
 * LLM. For the report tests, which check what is drawn from the tables, not the numbers the simulator would give.
 *
 * <p>Variances fall as 2^−n (a barren plateau), Ours scoring about four times the baselines; every draw derives from
 * {@link Cell#cellSeed()}, so a grid gives the same tables every time.
 */
public final class SyntheticCellRunner implements CellRunner {

    /** The error of the cells {@link #run(SparkSession, Grid, Path, Set)} is asked to fail. */
    public static final String FAILURE = "synthetic failure";

    private static final long START = 1_790_000_000_000L;
    private static final String PROMPT_VERSION = "adainit-v1@0123456789ab";

    private final Grid grid;
    private final Set<String> failing;
    private final Provenance provenance;

    private SyntheticCellRunner(Grid grid, Set<String> failing) {
        this.grid = grid;
        this.failing = Set.copyOf(failing);
        this.provenance = new Provenance("test", "unknown", grid.name(), GridJson.hash(grid));
    }

    /**
     * Runs {@code grid} through the real pipeline ({@link RunJob}: manifest, commits, tables, report) with synthetic
     * cells; the cells named in {@code failing} fail with {@link #FAILURE}.
     */
    public static Path run(SparkSession spark, Grid grid, Path out, Set<String> failing) {
        StringWriter output = new StringWriter();
        RunJob.Result result = TinyGrid.run(spark, grid, out, new SyntheticCellRunner(grid, failing), output);
        if (!Set.copyOf(result.failedCells()).equals(failing)) {
            throw new AssertionError("failed cells " + result.failedCells() + ", expected " + failing + ":\n"
                    + output);
        }
        return out;
    }

    @Override
    public CellOutcome run(Cell cell) {
        long started = START + 1000L * Math.floorMod(cell.cellSeed(), 3600L);
        Timing timing = new Timing(started, started + 1500, "synthetic");
        if (failing.contains(cell.id())) {
            return CellOutcome.failedBeforeStart(cell, FAILURE, timing, provenance);
        }
        RandomGenerator random = new Well19937c(cell.cellSeed());
        QnnShape shape = new QnnShape(cell.qubits(), cell.layers(), SearchSetup.CLASSES);
        double plateau = Math.pow(2, -cell.qubits() - 0.1 * cell.layers());
        if (cell.method().method().singleTraining()) {
            QnnParameters theta0 = draw(shape, random);
            double variance = plateau * (0.5 + random.nextDouble());
            return new CellOutcome(cell, CellStatus.OK, null,
                    SelectedTheta.of(0, false, variance, ParameterFingerprint.of(theta0), theta0), null, null, 0, "",
                    "", List.of(), List.of(training(0, random)), timing, provenance, ModelUsage.NONE);
        }
        return search(cell, shape, 4 * plateau, random, timing);
    }

    /** Algorithm 1's bookkeeping over made-up scores: Δ, S, Θ*, and θ0* as the last accepted or the best one. */
    private CellOutcome search(Cell cell, QnnShape shape, double scale, RandomGenerator random, Timing timing) {
        int iterations = grid.search().iterations();
        double threshold = grid.search().thresholdRule().threshold(shape, iterations);
        boolean llm = cell.method().samples();
        String model = llm ? grid.llm().model() : "";
        String generator = llm ? "llm:" + model : cell.method().generator().externalName();
        List<IterationRecord> records = new ArrayList<>();
        List<TrainingRun> trainings = new ArrayList<>();
        double s = 0;
        int acceptedCount = 0;
        SelectedTheta lastAccepted = null;
        SelectedTheta best = null;
        for (int t = 1; t <= iterations; t++) {
            QnnParameters theta0 = draw(shape, random);
            String hash = ParameterFingerprint.of(theta0);
            double variance = scale * (0.3 + 0.7 * random.nextDouble());
            double delta = Math.max(variance - s, 0);
            boolean accepted = delta > threshold;
            double before = s;
            if (accepted) {
                s = variance;
                acceptedCount++;
                lastAccepted = SelectedTheta.of(t, false, variance, hash, theta0);
            }
            if (best == null || variance > best.variance()) {
                best = SelectedTheta.of(t, true, variance, hash, theta0);
            }
            ParseStatus parse = !llm ? ParseStatus.NOT_APPLICABLE : t == 2 ? ParseStatus.REPAIRED : ParseStatus.OK;
            records.add(new IterationRecord(t, hash, variance, delta, threshold, before, s, accepted, generator,
                    parse, parse == ParseStatus.REPAIRED ? 1 : 0, llm ? 900 : 0, llm ? 400 : 0, llm ? 0.0065 : 0,
                    llm ? 800 : 0, model, llm ? "response-" + t : "", PROMPT_VERSION, cell.cellSeed() + t));
            trainings.add(training(t, random));
        }
        return new CellOutcome(cell, CellStatus.OK, null, lastAccepted != null ? lastAccepted : best, s, threshold,
                acceptedCount, generator, PROMPT_VERSION, records, trainings, timing, provenance, ModelUsage.NONE);
    }

    private static QnnParameters draw(QnnShape shape, RandomGenerator random) {
        double[] values = new double[shape.parameterCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = 2 * Math.PI * random.nextDouble();
        }
        return new QnnParameters(shape, values);
    }

    /**
     * Epoch 0 (at θ0, before the first step) and epochs 1..E whose loss falls and accuracy rises, as usual; the
     * held-out splits end a little worse than the training split.
     */
    private TrainingRun training(int iteration, RandomGenerator random) {
        List<EpochRecord> records = new ArrayList<>();
        for (int epoch = 0; epoch <= grid.training().epochs(); epoch++) {
            records.add(new EpochRecord(epoch, 0.7 / (epoch + 1) + 0.01 * random.nextDouble(),
                    Math.min(1, 0.5 + 0.1 * epoch), 0.01 * random.nextGaussian(), 0.1 / (epoch + 1)));
        }
        EpochRecord last = records.get(records.size() - 1);
        SplitScore train = new SplitScore(last.loss(), last.accuracy());
        return new TrainingRun(iteration, records, new FinalScores(train,
                new SplitScore(last.loss() + 0.05 * random.nextDouble(), last.accuracy() - 0.1 * random.nextDouble()),
                new SplitScore(last.loss() + 0.05 * random.nextDouble(), last.accuracy() - 0.1 * random.nextDouble())));
    }
}
