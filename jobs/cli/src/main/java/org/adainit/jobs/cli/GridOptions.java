package org.adainit.jobs.cli;

import org.adainit.jobs.input.InputException;
import java.util.Map;
import org.adainit.jobs.generator.GeneratorName;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.grid.GridDefinition;
import org.adainit.jobs.grid.GridReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The grid a command works on, and the command-line changes to it ({@code @Mixin GridOptions grid;}). Every change
 * becomes part of the grid, so its hash, the manifest and the tables record what was actually run.
 */
public final class GridOptions {

    /** Environment variable that supplies the LLM endpoint when neither the grid nor --endpoint does. */
    public static final String ENDPOINT_ENV = "ADAINIT_LLM_ENDPOINT";

    @Parameters(index = "0", paramLabel = "GRID",
            description = "Grid file (YAML), or the name of a bundled grid, e.g. conf/grids/quickstart.yaml.")
    String file;

    @Option(names = "--generator", paramLabel = "embedded|random|llm|replay",
            description = "Use this generator for every AdaInit variant of the grid (e.g. embedded without an API "
                    + "key); recorded in the grid hash and the manifest.")
    String generator;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "OpenAI-compatible base URL for the llm and replay generators (default: the grid's "
                    + "llm.endpoint, else $" + ENDPOINT_ENV + ").")
    String endpoint;

    /** The grid file as given. */
    String source() {
        return file;
    }

    /**
     * The grid of any kind; an AdaInit grid with the command line's changes ({@link #grid}). The generator and
     * endpoint options apply to AdaInit grids only.
     */
    GridDefinition definition(Map<String, String> environment) {
        GridDefinition definition = GridReader.readDefinition(file);
        if (definition instanceof Grid grid) {
            return withOptions(grid, environment);
        }
        if (generator != null || endpoint != null) {
            throw new InputException((generator != null ? "--generator" : "--endpoint") + " applies to adainit "
                    + "grids; " + file + " is a " + definition.kind().externalName() + " grid");
        }
        return definition;
    }

    /**
     * The grid with the command line's changes, validated again; the LLM endpoint is filled in from
     * {@code --endpoint} or the environment when the grid talks to an LLM and does not name one itself.
     */
    Grid grid(Map<String, String> environment) {
        return withOptions(GridReader.read(file), environment);
    }

    private Grid withOptions(Grid read, Map<String, String> environment) {
        Grid grid = read;
        if (generator != null) {
            GeneratorName name;
            try {
                name = GeneratorName.parse(generator);
            } catch (IllegalArgumentException e) {
                throw new InputException("--generator: " + e.getMessage());
            }
            grid = grid.withGenerator(name);
            GridReader.requireSampling(grid, file);
        }
        if (!talksToAnLlm(grid)) {
            return grid;
        }
        String url = endpoint != null ? endpoint
                : grid.llm().endpoint() != null ? grid.llm().endpoint()
                : environment.getOrDefault(ENDPOINT_ENV, "").isBlank() ? null : environment.get(ENDPOINT_ENV).strip();
        return url == null ? grid : grid.withEndpoint(url);
    }

    /** Refuses a grid that talks to an LLM without an endpoint (plan does not need one, run does). */
    void requireEndpoint(Grid grid) {
        if (talksToAnLlm(grid) && grid.llm().endpoint() == null) {
            throw new InputException(file + ": the llm/replay generator needs an endpoint: set llm.endpoint in the "
                    + "grid, pass --endpoint URL or set " + ENDPOINT_ENV + " (or run offline with --generator "
                    + "embedded)");
        }
    }

    private static boolean talksToAnLlm(Grid grid) {
        return grid.uses(GeneratorName.LLM) || grid.uses(GeneratorName.REPLAY);
    }
}
