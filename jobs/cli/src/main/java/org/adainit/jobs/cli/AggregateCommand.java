package org.adainit.jobs.cli;

import org.adainit.jobs.input.InputException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.adainit.jobs.tables.diagnosis.DiagnosticTables;
import org.adainit.jobs.grid.GridKind;
import org.adainit.jobs.outcome.CellStatus;
import org.adainit.jobs.pipeline.Aggregation;
import org.adainit.jobs.pipeline.Manifest;
import org.adainit.jobs.spark.LazySparkSession;
import org.adainit.jobs.spark.SparkSessions;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
import org.adainit.jobs.store.WriterLock;
import org.adainit.jobs.tables.AdaInitTables;
import org.adainit.jobs.tables.TableSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code adainit aggregate --out DIR}: rebuilds the tables from the committed cells (run does it at its end). */
@Command(
        name = "aggregate",
        mixinStandardHelpOptions = true,
        description = "Rebuild the tables from the cells committed under --out (e.g. after an interrupted run) and "
                + "print the report: curves and slopes of an adainit grid, points and fits of a mcclean or zhang grid.")
final class AggregateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ResultDirectoryOption out;

    @Mixin
    private MasterOption master;

    @Override
    public Integer call() {
        ResultDirectory directory = ResultDirectory.open(out.path, SparkSessions.hadoopConfiguration(master.url));
        CellStore store = new CellStore(directory);
        if (store.fileNames().isEmpty()) {
            throw new InputException("--out " + directory.uri() + " holds no committed cells; run "
                    + "'adainit run GRID --out DIR' first");
        }
        try (WriterLock lock = WriterLock.acquire(directory, "submit/adainit aggregate --out " + directory.uri());
                LazySparkSession spark = new LazySparkSession(master.url, "adainit aggregate", SparkSessions.Use.QUERY)) {
            Map<String, CellStatus> committed = store.reconcile();
            GridKind kind = Manifest.kind(directory);
            TableSet tables = kind == null || kind == GridKind.ADAINIT ? new AdaInitTables() : new DiagnosticTables(kind);
            Aggregation aggregation = new Aggregation(directory, spec.commandLine().getOut(), tables);
            aggregation.build(spark.get(), store, committed);
            aggregation.retryHint(committed, Manifest.lastCommand(directory));
            return committed.containsValue(CellStatus.FAILED) ? 1 : 0;
        }
    }
}
