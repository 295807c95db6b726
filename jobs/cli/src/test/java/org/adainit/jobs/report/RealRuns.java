package org.adainit.jobs.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.adainit.jobs.cli.AdaInitCli;
import org.adainit.jobs.pipeline.TinyGrid;
import org.adainit.jobs.testing.FakeChatServer;
import picocli.CommandLine;

/**
 * Real pipeline runs for the report tests, each made once per test JVM and copied before use, so a report written
 * into a run never touches what other tests read:
 * <ul>
 *   <li>{@link #offline()}: the pipeline's tiny reference grid (Iris, N = 2, 3 at L = 1, 2 seeds, Classic vs the
 *       embedded and random generators), the quickstart's shape;
 *   <li>{@link #everyFigure()}: a grid with everything the paper draws (Classic and GaInit baselines, a prompt
 *       ablation, the LLM over a temperature × top_p grid) run through {@code adainit run} against a chat server on
 *       127.0.0.1.
 * </ul>
 * Both need the real Iris file: without {@code ADAINIT_DATA_DIR} the tests are skipped with that reason.
 */
public final class RealRuns {

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
              cache_dir: %s
            """;

    private static final Pattern SHAPE = Pattern.compile("nlayers=(\\d+), nqubits=(\\d+)");

    private static Path everyFigure;

    private RealRuns() {}

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
            String data = TinyGrid.dataDirectory();
            Path out = TinyGrid.freshDirectory("report-every-figure");
            Path grid = Files.createDirectories(out.resolveSibling(out.getFileName() + "-grid")).resolve("grid.yaml");
            Files.writeString(grid, EVERY_FIGURE_GRID.formatted(grid.resolveSibling("llm-cache")));
            AtomicInteger replies = new AtomicInteger();
            try (FakeChatServer server = new FakeChatServer(request -> reply(request, replies.incrementAndGet()))) {
                StringWriter output = new StringWriter();
                CommandLine cli = AdaInitCli.commandLine();
                cli.setOut(new PrintWriter(output, true));
                cli.setErr(new PrintWriter(output, true));
                int code = cli.execute("run", grid.toString(), "--out", out.toString(), "--data-dir", data,
                        "--endpoint", server.baseUrl());
                if (code != 0) {
                    throw new AssertionError("the every-figure run failed (" + code + "):\n" + output);
                }
            }
            everyFigure = out;
        }
        return everyFigure;
    }

    /** A well-formed θ0 for the structure the prompt asks for, its numbers varying from reply to reply. */
    private static FakeChatServer.Reply reply(JsonNode request, int count) {
        Matcher shape = SHAPE.matcher(request.toString());
        if (!shape.find()) {
            return FakeChatServer.Reply.error(400, "no shape in the prompt");
        }
        int layers = Integer.parseInt(shape.group(1));
        int qubits = Integer.parseInt(shape.group(2));
        StringBuilder l0 = new StringBuilder("[");
        for (int l = 0; l < layers; l++) {
            l0.append(l == 0 ? "[" : ", [");
            for (int q = 0; q < qubits; q++) {
                double base = ((count * 7 + l * 3 + q) % 17) / 17.0;
                l0.append(q == 0 ? "" : ", ").append(String.format(Locale.ROOT, "[%.4f, %.4f, %.4f]", base,
                        1 - base, base / 2));
            }
            l0.append(']');
        }
        l0.append(']');
        String row = "[" + String.join(", ", java.util.Collections.nCopies(qubits, "0.5")) + "]";
        return FakeChatServer.Reply.completion("{'l0': " + l0 + ", 'l1': [" + row + ", " + row
                + "], 'l2': [0.1, 0.2]}");
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
