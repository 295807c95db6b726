package org.adainit.jobs.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.adainit.jobs.grid.GridReader;
import org.adainit.jobs.pipeline.SyntheticCellRunner;
import org.adainit.jobs.pipeline.TinyGrid;
import org.adainit.jobs.spark.TestSpark;

/**
 * Result directories for the report tests, each made once per test JVM and copied before use, so a report written
 * into a run never touches what other tests read:
 * <ul>
 *   <li>{@link #offline(Path)}: the pipeline's tiny reference grid (Iris, N = 2, 3 at L = 1, 2 seeds, Classic vs the
 *       embedded and random generators), the quickstart's shape, run for real;
 *   <li>{@link #everyFigure(Path)}: a grid with everything the paper draws (Classic and GaInit baselines, a prompt
 *       ablation, the LLM over a temperature × top_p grid), run through the real pipeline with
 *       {@link SyntheticCellRunner}'s made-up cells: the tables are built and written by the pipeline's own
 *       aggregation, only the training and the LLM calls are left out.
 * </ul>
 * The tiny reference run needs the real Iris file: without {@code ADAINIT_DATA_DIR} its tests are skipped with that
 * reason.
 */
public final class ReportRuns {

    static final String EVERY_FIGURE_GRID = """
            name: report-every-figure
            seed: 5
            axes:
              datasets: [iris]
              priors: [uniform, gainit]
              structures:
                - {qubits: [2, 3], layers: [1]}
              seeds: [0, 1]
              methods:
                - classic
                - gainit
                - {method: adainit, generator: embedded, prompt: full}
                - {method: adainit, generator: embedded, prompt: no-feedback}
                - {method: adainit, generator: llm, prompt: full, temperature: [0.1, 0.5], top_p: [0.45, 0.9]}
            search: {iterations: 2}
            training: {epochs: 2}
            llm:
              model: fake-model
            """;

    private static Path everyFigure;

    private ReportRuns() {}

    /** A fresh copy of the tiny reference run. */
    public static Path offline(Path into) throws Exception {
        return copy(TinyGrid.reference(), into);
    }

    /** A fresh copy of the every-figure run. */
    public static Path everyFigure(Path into) throws Exception {
        return copy(everyFigureRun(), into);
    }

    private static synchronized Path everyFigureRun() throws Exception {
        if (everyFigure == null) {
            everyFigure = SyntheticCellRunner.run(TestSpark.session(),
                    GridReader.parse("report-every-figure.yaml", EVERY_FIGURE_GRID),
                    TinyGrid.freshDirectory("report-every-figure"), Set.of());
        }
        return everyFigure;
    }

    private static Path copy(Path from, Path into) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = into.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
