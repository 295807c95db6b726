package org.adainit.jobs.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.adainit.jobs.datasets.DataDirectory;
import org.adainit.jobs.datasets.Dataset;
import org.adainit.jobs.grid.DiagnosticGrid;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.grid.GridDefinition;
import org.adainit.jobs.grid.GridJson;
import org.adainit.jobs.outcome.Provenance;
import org.adainit.jobs.pipeline.GitCommit;
import org.adainit.jobs.pipeline.RunInterruptedException;
import org.adainit.jobs.pipeline.RunJob;
import org.adainit.jobs.pipeline.SimulationCellRunner;
import org.adainit.jobs.spark.LazySparkSession;
import org.adainit.jobs.spark.SparkSessions;
import org.adainit.jobs.store.ResultDirectory;
import org.adainit.jobs.store.StoreFailure;
import org.apache.spark.SparkConf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code adainit run GRID --out DIR}: the main job. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Run every cell of a grid on Spark (largest first; small cells share a task) and write the Parquet tables "
                    + "under --out: cells, iterations, epochs, curves and slopes for an adainit grid; the "
                    + "mcclean_* or zhang_* tables and diagnostic_cells for the diagnostic kinds.",
            "Each finished cell is committed at once: the same command resumes an interrupted run, recomputing "
                    + "only missing and failed cells.",
            "Exit code 0: every cell ok; 1: some cells failed or Spark stopped the run; 2: bad input; 3: out of "
                    + "memory (the cells committed are kept; raise the heap with ADAINIT_JAVA_OPTS=-Xmx8g or "
                    + "--driver-memory); 130: interrupted with Ctrl-C (the same command continues)."
        })
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private GridOptions gridOptions;

    @Mixin
    private ResultDirectoryOption out;

    @Mixin
    private MasterOption master;

    @Mixin
    private DataDirectoryOption dataDir;

    @Override
    public Integer call() {
        GridDefinition definition = gridOptions.definition(System.getenv());
        PrintWriter stdout = spec.commandLine().getOut();
        ResultDirectory directory = ResultDirectory.open(out.path, SparkSessions.hadoopConfiguration(master.url));
        Provenance provenance = new Provenance(ProjectVersion.current(), GitCommit.of(System.getenv("ADAINIT_HOME")),
                definition.name(), GridJson.hash(definition));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("project_version", provenance.projectVersion());
        facts.put("git_commit", provenance.gitCommit());
        facts.put("spark_version", org.apache.spark.package$.MODULE$.SPARK_VERSION());
        facts.put("master",
                master.url != null ? master.url : new SparkConf().get("spark.master", SparkSessions.DEFAULT_MASTER));
        try (LazySparkSession spark =
                new LazySparkSession(master.url, "adainit run " + definition.name(), SparkSessions.Use.RUN)) {
            RunJob job = new RunJob(spark, stdout);
            RunJob.Result result = definition instanceof Grid grid
                    ? runAdaInit(job, grid, directory, provenance, facts)
                    : job.run(new RunJob.DiagnosticRequest((DiagnosticGrid) definition, gridOptions.source(),
                            directory, provenance, TypedCommand.of(spec), facts));
            return result.failedCells().isEmpty() ? 0 : 1;
        } catch (RunInterruptedException e) {
            Optional<String> storage = StoreFailure.explain(e.getCause());
            spec.commandLine().getErr().println("error: " + storage.map(cause -> cause + "; the cells that finished "
                    + "before are committed: free the space or fix the permission, then run the same command again")
                    .orElse(e.getMessage()));
            return storage.isPresent() ? AdaInitCli.EXIT_BAD_INPUT : 1;
        }
    }

    private RunJob.Result runAdaInit(RunJob job, Grid grid, ResultDirectory directory, Provenance provenance,
            Map<String, Object> facts) {
        gridOptions.requireEndpoint(grid);
        DataDirectory data = DataDirectory.resolve(dataDir.given(), Optional.empty());
        // Checked (and downloaded if missing) before any work starts, so a missing dataset is a clear error here.
        Map<String, Map<String, String>> datasets = new LinkedHashMap<>();
        for (Dataset dataset : grid.datasets()) {
            datasets.put(dataset.externalName(), data.verifiedChecksums(dataset));
        }
        facts.put("generator_override", gridOptions.generator);
        facts.put("datasets", datasets);
        return job.run(new RunJob.Request(grid, gridOptions.source(), directory,
                new SimulationCellRunner(grid, data.root().toString(), provenance), TypedCommand.of(spec), facts));
    }
}
